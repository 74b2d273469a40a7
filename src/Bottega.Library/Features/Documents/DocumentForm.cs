using Bottega.Library.Domain;

namespace Bottega.Library.Features.Documents;

/// <summary>What a person fills in about a document, as posted (validated by <see cref="LibraryDocuments"/>).</summary>
public sealed record DocumentForm(
    string? Title,
    string? Description,
    DocumentKind Kind,
    Guid? CollectionId,
    Guid? OwnerOrganizationId,
    DocumentLicence Licence,
    DocumentVisibility Visibility,
    Guid? WorkingGroupId,
    string? Tags,
    IReadOnlyList<Guid> CompetenceIds);

/// <summary>The outcome of a change: the document's id, or the message that explains the refusal.</summary>
public sealed record DocumentResult(Guid? DocumentId, Files.LibraryMessage? Error)
{
    public bool Succeeded => Error is null;

    public static DocumentResult Refused(string text, params object[] arguments) => new(null, new Files.LibraryMessage(text, arguments));
}
