using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Access;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Search;
using Bottega.Platform.Tenancy;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Search;

/// <summary>
/// Full-text search of the request's network library: the index's matches are joined with the documents the viewer may
/// see (<see cref="DocumentAccess"/>) and the filters, then ranked, counted and paged by the database. Without words it
/// browses the same filters, newest first. Only documents with a file, not archived.
/// </summary>
public sealed class LibrarySearch
{
    public const int PageSize = 20;
    public const int MaxTextLength = 200;

    /// <summary>
    /// Counting stops here ("more than 1,000"): an exact count of a common phrase joins tens of thousands of rows on every
    /// request, and nobody pages past fifty pages; the pages shown are still ranked over every match.
    /// </summary>
    public const int MaxCounted = 1_000;
    private const int SnippetChars = 240;

    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly DocumentAccess access;
    private readonly IFullTextIndex index;
    private readonly IOrganizationDirectory organizations;
    private readonly LibraryFilterChoices choices;

    internal LibrarySearch(LibraryDbContext db, ITenantContext tenant, DocumentAccess access, IFullTextIndex index, IOrganizationDirectory organizations,
        LibraryFilterChoices choices)
    {
        this.db = db;
        this.tenant = tenant;
        this.access = access;
        this.index = index;
        this.organizations = organizations;
        this.choices = choices;
    }

    public async Task<LibrarySearchPage> SearchAsync(LibrarySearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        var text = query.Text?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            return LibrarySearchPage.Empty with { Error = "Scrivi al massimo 200 caratteri." };
        }

        var documents = await FilteredAsync(query, ct);
        if (documents is null)
        {
            return LibrarySearchPage.Empty;
        }

        List<Row> rows;
        int total;
        var page = Math.Max(1, query.Page);
        if (string.IsNullOrEmpty(text))
        {
            total = await documents.Take(MaxCounted + 1).CountAsync(ct);
            page = Math.Min(page, Math.Max(1, PageCount(total)));
            rows = await documents.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id).Skip((page - 1) * PageSize).Take(PageSize)
                .Select(d => new Row(d.Id, d.Title, d.Description, d.Kind, d.CollectionId, d.OwnerOrganizationId, d.RegionId, d.Year, d.CurrentVersion, d.DownloadCount, d.AdoptionCount))
                .ToListAsync(ct);
        }
        else
        {
            var ranked = documents.Join(index.Matches(db, LibrarySearchIndex.DocumentKind, networkId, text), d => d.Id, m => m.Key, (d, m) => new { Document = d, m.Rank });
            total = await ranked.Take(MaxCounted + 1).CountAsync(ct);
            page = Math.Min(page, Math.Max(1, PageCount(total)));
            rows = await ranked.OrderByDescending(x => x.Rank).ThenByDescending(x => x.Document.UpdatedAt).ThenBy(x => x.Document.Id).Skip((page - 1) * PageSize).Take(PageSize)
                .Select(x => new Row(x.Document.Id, x.Document.Title, x.Document.Description, x.Document.Kind, x.Document.CollectionId, x.Document.OwnerOrganizationId,
                    x.Document.RegionId, x.Document.Year, x.Document.CurrentVersion, x.Document.DownloadCount, x.Document.AdoptionCount))
                .ToListAsync(ct);
        }

        return new LibrarySearchPage(await HitsAsync(rows, text, ct), Math.Min(total, MaxCounted), page, PageCount(Math.Min(total, MaxCounted)), TotalIsCapped: total > MaxCounted);
    }

    /// <summary>The choices of the search form (see <see cref="LibraryFilterChoices"/> for what they are computed over).</summary>
    public async Task<LibrarySearchFilters> FiltersAsync(CancellationToken ct)
    {
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        return await choices.FiltersAsync(db, networkId, await access.ViewerAsync(ct), ct);
    }

    private static int PageCount(int total) => (total + PageSize - 1) / PageSize;

    /// <summary>The viewer's documents narrowed by the filters; null when a filter names nothing (no result is possible).</summary>
    private async Task<IQueryable<LibraryDocument>?> FilteredAsync(LibrarySearchQuery query, CancellationToken ct)
    {
        var documents = (await access.VisibleDocumentsAsync(ct)).AsNoTracking().Where(d => !d.IsArchived && d.CurrentVersion > 0);
        if (query.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.CollectionSlug))
        {
            var slug = query.CollectionSlug.Trim();
            var collection = await db.Collections.AsNoTracking().Where(c => c.Slug == slug).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
            if (collection is null)
            {
                return null;
            }

            documents = documents.Where(d => d.CollectionId == collection);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = FoldTag(query.Tag);
            documents = documents.Where(d => db.Tags.Any(t => t.DocumentId == d.Id && t.Tag == tag));
        }

        if (query.OrganizationId is { } organization)
        {
            documents = documents.Where(d => d.OwnerOrganizationId == organization);
        }

        if (query.RegionId is { } region)
        {
            documents = documents.Where(d => d.RegionId == region);
        }

        if (query.Year is { } year)
        {
            documents = documents.Where(d => d.Year == year);
        }

        return documents;
    }

    /// <summary>Tags are stored folded: lower case, no accents, words joined by hyphens.</summary>
    internal static string FoldTag(string tag) => string.Join('-', SearchText.Normalize(tag).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private async Task<List<LibrarySearchHit>> HitsAsync(List<Row> rows, string? text, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var collectionIds = rows.Where(r => r.CollectionId is not null).Select(r => r.CollectionId!.Value).Distinct().ToList();
        var collections = await db.Collections.AsNoTracking().Where(c => collectionIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var names = await organizations.GetManyAsync(rows.SelectMany(r => new[] { r.OrganizationId, r.RegionId }).Where(id => id is not null).Select(id => id!.Value).Distinct(), ct);
        var sources = string.IsNullOrEmpty(text) ? [] : await SnippetSources.LoadAsync(db, rows.Select(r => r.Id).ToList(), text, ct);
        return [.. rows.Select(r => new LibrarySearchHit(
            r.Id,
            SearchHighlighter.Highlight(r.Title, text),
            r.Kind,
            r.CollectionId is { } c && collections.TryGetValue(c, out var collection) ? collection : null,
            r.OrganizationId is { } o && names.TryGetValue(o, out var owner) ? owner.Name : null,
            r.RegionId is { } g && names.TryGetValue(g, out var region) ? region.Name : null,
            r.Year,
            r.CurrentVersion,
            r.Downloads,
            r.Adoptions,
            Snippet(r.Description, sources.GetValueOrDefault(r.Id), text)))];
    }

    /// <summary>Where the words are: the file's text when they occur there, else the description, else the file's beginning.</summary>
    private static string Snippet(string? description, string? source, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return SearchHighlighter.Snippet(description, null, SnippetChars);
        }

        var fromFile = SearchHighlighter.Snippet(source, text, SnippetChars);
        if (fromFile.Contains("<mark>", StringComparison.Ordinal))
        {
            return fromFile;
        }

        var fromDescription = SearchHighlighter.Snippet(description, text, SnippetChars);
        return fromDescription.Length > 0 ? fromDescription : fromFile;
    }

    private sealed record Row(Guid Id, string Title, string? Description, DocumentKind Kind, Guid? CollectionId, Guid? OrganizationId, Guid? RegionId, int Year,
        int CurrentVersion, long Downloads, int Adoptions);
}
