using Bottega.Community.Contracts;
using Bottega.Learning.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Access;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

public sealed record VersionRow(int Number, string FileName, string ContentType, long SizeBytes, string? Note, DateTime UploadedAt, long DownloadCount, string UploaderName);

public sealed record AdoptionRow(Guid OrganizationId, string OrganizationName, DateTime DeclaredAt, string? Note);

public sealed record CommentRow(Guid Id, string AuthorName, DateTime CreatedAt, string Html, bool CanRemove);

public sealed record RelatedDocument(Guid Id, string Title, DocumentKind Kind);

/// <summary>What the viewer may do on the page.</summary>
public sealed record DocumentViewerRights(bool IsMember, bool CanEdit, bool IsFollowing, bool CanDeclare, bool HasDeclared);

public sealed record DocumentView(
    LibraryDocument Document,
    string? CollectionName,
    string? CollectionSlug,
    string? OwnerName,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Competences,
    IReadOnlyList<Guid> CompetenceIds,
    IReadOnlyList<VersionRow> Versions,
    ExtractionStatus? Extraction,
    string? PreviewText,
    IReadOnlyList<RelatedDocument> Related,
    IReadOnlyList<MentioningTopic> Mentions,
    IReadOnlyList<AdoptionRow> Adoptions,
    IReadOnlyList<CommentRow> Comments,
    DocumentViewerRights Rights)
{
    public VersionRow? Current => Versions.FirstOrDefault(v => v.Number == Document.CurrentVersion);

    public bool IsPdf => Current?.ContentType == Bottega.Platform.Files.FileKinds.Pdf.ContentType;
}

/// <summary>A document's page for the current viewer: null when the document does not exist or is not theirs to see (the page answers 404).</summary>
public sealed class DocumentPages
{
    public const int PreviewChars = 3000;
    public const int RelatedCount = 5;

    private readonly LibraryDbContext db;
    private readonly DocumentAccess access;
    private readonly LibraryActors actors;
    private readonly IOrganizationDirectory organizations;
    private readonly IPersonNames names;
    private readonly ILearningCatalogLookup catalog;
    private readonly IDiscussionMentions mentions;

    internal DocumentPages(LibraryDbContext db, DocumentAccess access, LibraryActors actors, IOrganizationDirectory organizations, IPersonNames names,
        ILearningCatalogLookup catalog, IDiscussionMentions mentions)
    {
        this.db = db;
        this.access = access;
        this.actors = actors;
        this.organizations = organizations;
        this.names = names;
        this.catalog = catalog;
        this.mentions = mentions;
    }

    public async Task<DocumentView?> GetAsync(Guid documentId, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(ct);
        var document = await (await access.VisibleDocumentsAsync(ct)).AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return null;
        }

        var collection = document.CollectionId is { } cid ? await db.Collections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        var tags = await db.Tags.AsNoTracking().Where(t => t.DocumentId == documentId).OrderBy(t => t.Tag).Select(t => t.Tag).ToListAsync(ct);
        var competenceIds = await db.Competences.AsNoTracking().Where(c => c.DocumentId == documentId).Select(c => c.CompetenceId).ToListAsync(ct);
        var competences = competenceIds.Count == 0 ? [] : (await catalog.CompetencesAsync(document.NetworkId, ct)).Where(c => competenceIds.Contains(c.Id)).Select(c => c.Name).ToList();
        var versions = await db.Versions.AsNoTracking().Where(v => v.DocumentId == documentId).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.FileName, v.ContentType, v.SizeBytes, v.Note, v.UploadedAt, v.DownloadCount, v.UploadedBy, v.Extraction }).ToListAsync(ct);
        var preview = await db.Versions.AsNoTracking().Where(v => v.DocumentId == documentId && v.Number == document.CurrentVersion && v.ExtractedText != null)
            .Select(v => v.ExtractedText!.Substring(0, PreviewChars)).FirstOrDefaultAsync(ct);
        var adoptions = await db.Adoptions.AsNoTracking().Where(a => a.DocumentId == documentId).OrderBy(a => a.DeclaredAt).ToListAsync(ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.DocumentId == documentId && !c.IsRemoved).OrderBy(c => c.CreatedAt).Take(200).ToListAsync(ct);

        var organizationIds = adoptions.Select(a => a.OrganizationId).Append(document.OwnerOrganizationId ?? Guid.Empty).Distinct();
        var orgNames = await organizations.GetManyAsync(organizationIds, ct);
        var people = await names.GetAsync(versions.Select(v => v.UploadedBy).Concat(comments.Select(c => c.AuthorId)).Distinct(), ct);
        string NameOf(Guid id) => people.GetValueOrDefault(id) ?? "—";

        var rights = await RightsAsync(viewer, document, adoptions, ct);
        return new DocumentView(
            document,
            collection?.Name,
            collection?.Slug,
            document.OwnerOrganizationId is { } owner ? orgNames.GetValueOrDefault(owner)?.Name : null,
            tags,
            competences,
            competenceIds,
            [.. versions.Select(v => new VersionRow(v.Number, v.FileName, v.ContentType, v.SizeBytes, v.Note, v.UploadedAt, v.DownloadCount, NameOf(v.UploadedBy)))],
            versions.FirstOrDefault(v => v.Number == document.CurrentVersion)?.Extraction,
            preview,
            await RelatedAsync(document, tags, ct),
            viewer.IsMember && viewer.PersonId is { } me ? await mentions.FindAsync(document.NetworkId, me, $"/biblioteca/documenti/{documentId}", 5, ct) : [],
            [.. adoptions.Select(a => new AdoptionRow(a.OrganizationId, orgNames.GetValueOrDefault(a.OrganizationId)?.Name ?? "—", a.DeclaredAt, a.Note))],
            [.. comments.Select(c => new CommentRow(c.Id, NameOf(c.AuthorId), c.CreatedAt, MarkdownRenderer.ToSafeHtml(c.Body),
                viewer.IsNetworkAdmin || c.AuthorId == viewer.PersonId))],
            rights);
    }

    private async Task<DocumentViewerRights> RightsAsync(LibraryViewer viewer, LibraryDocument document, List<DocumentAdoption> adoptions, CancellationToken ct)
    {
        if (!viewer.IsMember || viewer.PersonId is not { } me)
        {
            return new DocumentViewerRights(false, false, false, false, false);
        }

        var actor = await actors.FindAsync(me, ct);
        var following = await db.Followers.AnyAsync(f => f.DocumentId == document.Id && f.PersonId == me, ct);
        var declared = viewer.OrganizationId is { } org && adoptions.Any(a => a.OrganizationId == org);
        return new DocumentViewerRights(true, actor?.CanEdit(document) == true, following, viewer.OrganizationId is not null && !declared && !document.IsArchived, declared);
    }

    // Visible documents of the same collection or sharing a tag, newest first.
    private async Task<IReadOnlyList<RelatedDocument>> RelatedAsync(LibraryDocument document, List<string> tags, CancellationToken ct)
    {
        var tagged = db.Tags.Where(t => tags.Contains(t.Tag)).Select(t => t.DocumentId);
        var collectionId = document.CollectionId;
        return await (await access.VisibleDocumentsAsync(ct)).AsNoTracking()
            .Where(d => d.Id != document.Id && !d.IsArchived && d.CurrentVersion > 0 && ((collectionId != null && d.CollectionId == collectionId) || tagged.Contains(d.Id)))
            .OrderByDescending(d => d.UpdatedAt).Take(RelatedCount)
            .Select(d => new RelatedDocument(d.Id, d.Title, d.Kind)).ToListAsync(ct);
    }
}
