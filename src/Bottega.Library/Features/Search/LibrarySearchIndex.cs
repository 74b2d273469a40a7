using Bottega.Library.Data;
using Bottega.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Search;

/// <summary>
/// Keeps a document's row of the full-text index in step with it: title; description, tags and the extracted text of
/// the current version as body. Called in the same transaction as the change (upload, metadata, extraction, archive).
/// </summary>
internal sealed class LibrarySearchIndex(IFullTextIndex index)
{
    public const string DocumentKind = "library.document";

    /// <summary>
    /// Extracted text indexed per document. PostgreSQL refuses a tsvector over 1 MB, so very long files are indexed by
    /// their first part (a 300-page regulation still fits).
    /// </summary>
    public const int MaxIndexedChars = 300_000;

    public async Task IndexAsync(LibraryDbContext db, Guid documentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var document = await db.Documents.IgnoreQueryFilters(["tenant"]).AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null || document.IsArchived || document.CurrentVersion == 0)
        {
            await index.RemoveAsync(db, DocumentKind, documentId, ct);
            return;
        }

        var tags = await db.Tags.IgnoreQueryFilters(["tenant"]).Where(t => t.DocumentId == documentId).Select(t => t.Tag).ToListAsync(ct);
        var text = await db.Versions.IgnoreQueryFilters(["tenant"])
            .Where(v => v.DocumentId == documentId && v.Number == document.CurrentVersion)
            .Select(v => v.ExtractedText)
            .FirstOrDefaultAsync(ct);
        if (text is { Length: > MaxIndexedChars })
        {
            text = text[..MaxIndexedChars];
        }

        var body = string.Join('\n', new[] { document.Description, string.Join(' ', tags), text }.Where(s => !string.IsNullOrWhiteSpace(s)));
        await index.UpsertAsync(db, new SearchDocument(DocumentKind, document.Id, document.NetworkId, document.Title, body), ct);
    }
}
