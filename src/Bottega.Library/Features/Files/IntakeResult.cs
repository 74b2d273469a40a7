using Bottega.Library.Domain;

namespace Bottega.Library.Features.Files;

/// <summary>What became of an upload: the stored file, or why it was refused.</summary>
public sealed record IntakeResult(StoredFile? File, LibraryMessage? Refusal)
{
    public static IntakeResult Refused(string text, params object[] arguments) => new(null, new LibraryMessage(text, arguments));
}
