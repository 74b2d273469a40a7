using System.ComponentModel.DataAnnotations;
using Bottega.Library.Domain;
using Bottega.Library.Features.Documents;

namespace Bottega.Library.Areas.Library.Pages.Documenti;

/// <summary>The document form as posted by the upload and edit pages.</summary>
public sealed class DocumentInput
{
    [MaxLength(DocumentFormRules.MaxTitle)]
    public string? Title { get; set; }

    [MaxLength(DocumentFormRules.MaxDescription)]
    public string? Description { get; set; }

    public DocumentKind Kind { get; set; } = DocumentKind.Template;

    public Guid? CollectionId { get; set; }

    public Guid? OwnerOrganizationId { get; set; }

    public DocumentLicence Licence { get; set; } = DocumentLicence.CcBy40;

    public DocumentVisibility Visibility { get; set; } = DocumentVisibility.Network;

    public Guid? WorkingGroupId { get; set; }

    public string? Tags { get; set; }

    public List<Guid> CompetenceIds { get; set; } = [];

    public DocumentForm ToForm() => new(Title, Description, Kind, CollectionId, OwnerOrganizationId, Licence, Visibility, WorkingGroupId, Tags, CompetenceIds);

    public static DocumentInput From(DocumentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var d = view.Document;
        return new DocumentInput
        {
            Title = d.Title,
            Description = d.Description,
            Kind = d.Kind,
            CollectionId = d.CollectionId,
            OwnerOrganizationId = d.OwnerOrganizationId,
            Licence = d.Licence,
            Visibility = d.Visibility,
            WorkingGroupId = d.WorkingGroupId,
            Tags = string.Join(", ", view.Tags),
            CompetenceIds = [.. view.CompetenceIds],
        };
    }
}

/// <summary>What the fields partial shows.</summary>
public sealed record DocumentFieldsModel(DocumentInput Input, DocumentChoices Choices);
