using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

public sealed record CollectionSummary(Guid Id, string Slug, string Name, string? Description, int DocumentCount, bool IsWorkingGroup);

public sealed record DocumentListItem(Guid Id, string Title, DocumentKind Kind, string? CollectionName, DateTime UpdatedAt, int CurrentVersion, long DownloadCount, int AdoptionCount);

public sealed record LibraryHome(IReadOnlyList<CollectionSummary> Collections, IReadOnlyList<DocumentListItem> Latest);

public sealed record CollectionPage(CollectionSummary Collection, IReadOnlyList<DocumentListItem> Documents, int Page, int PageCount, int Total);

/// <summary>The library's home (collections with counts, latest documents) and a collection's documents, as the viewer may see them.</summary>
public sealed class LibraryBrowsing
{
    public const int PageSize = 20;
    public const int LatestCount = 10;

    private readonly LibraryDbContext db;
    private readonly DocumentAccess access;

    internal LibraryBrowsing(LibraryDbContext db, DocumentAccess access)
    {
        this.db = db;
        this.access = access;
    }

    public async Task<LibraryHome> HomeAsync(CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(ct);
        var visible = (await access.VisibleDocumentsAsync(ct)).Where(d => !d.IsArchived && d.CurrentVersion > 0);
        var counts = await visible.Where(d => d.CollectionId != null).GroupBy(d => d.CollectionId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Id, x => x.Count, ct);
        var collections = (await Collections(viewer).ToListAsync(ct))
            .Select(c => new CollectionSummary(c.Id, c.Slug, c.Name, c.Description, counts.GetValueOrDefault(c.Id), c.WorkingGroupId is not null)).ToList();
        var latest = await Items(visible.OrderByDescending(d => d.UpdatedAt).Take(LatestCount), ct);
        return new LibraryHome(collections, latest);
    }

    public async Task<CollectionPage?> CollectionAsync(string slug, int page, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(ct);
        var collection = await Collections(viewer).FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (collection is null)
        {
            return null;
        }

        var documents = (await access.VisibleDocumentsAsync(ct)).Where(d => d.CollectionId == collection.Id && !d.IsArchived && d.CurrentVersion > 0);
        var total = await documents.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await Items(documents.OrderByDescending(d => d.UpdatedAt).Skip((page - 1) * PageSize).Take(PageSize), ct);
        return new CollectionPage(new CollectionSummary(collection.Id, collection.Slug, collection.Name, collection.Description, total, collection.WorkingGroupId is not null),
            items, page, pageCount, total);
    }

    // A working group's collection is listed only to its members (and network admins).
    private IQueryable<LibraryCollection> Collections(LibraryViewer viewer)
    {
        var groups = viewer.GroupIds.ToList();
        return db.Collections.AsNoTracking()
            .Where(c => c.WorkingGroupId == null || viewer.IsNetworkAdmin || groups.Contains(c.WorkingGroupId.Value))
            .OrderBy(c => c.WorkingGroupId != null).ThenBy(c => c.Position).ThenBy(c => c.Name);
    }

    private async Task<IReadOnlyList<DocumentListItem>> Items(IQueryable<LibraryDocument> documents, CancellationToken ct)
    {
        var rows = await documents.AsNoTracking()
            .Select(d => new { d.Id, d.Title, d.Kind, d.CollectionId, d.UpdatedAt, d.CurrentVersion, d.DownloadCount, d.AdoptionCount }).ToListAsync(ct);
        var ids = rows.Where(r => r.CollectionId != null).Select(r => r.CollectionId!.Value).Distinct().ToList();
        var names = await db.Collections.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return [.. rows.Select(r => new DocumentListItem(r.Id, r.Title, r.Kind, r.CollectionId is { } c ? names.GetValueOrDefault(c) : null, r.UpdatedAt,
            r.CurrentVersion, r.DownloadCount, r.AdoptionCount))];
    }
}
