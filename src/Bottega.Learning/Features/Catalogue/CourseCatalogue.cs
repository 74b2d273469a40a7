using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Search;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Catalogue;

/// <summary>The published courses offered in the request's network (its own and federated ones), searched, filtered, sorted and paged.</summary>
public sealed class CourseCatalogue
{
    public const int PageSize = 20;
    public const string SearchKind = "course";
    private const int MaxSearchHits = 2000;

    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly IFullTextIndex search;
    private readonly INetworkDirectory networks;

    internal CourseCatalogue(LearningDbContext db, ITenantContext tenant, IFullTextIndex search, INetworkDirectory networks)
    {
        this.db = db;
        this.tenant = tenant;
        this.search = search;
        this.networks = networks;
    }

    public async Task<CataloguePage> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var courses = db.Offerings.AsNoTracking()
            .Join(db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published), o => o.CourseId, c => c.Id, (_, c) => c);

        Dictionary<Guid, double>? ranks = null;
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var hits = await search.SearchAsync(db, SearchKind, null, query.Q, MaxSearchHits, cancellationToken);
            ranks = hits.GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Max(h => h.Rank));
            var keys = ranks.Keys.ToList();
            courses = courses.Where(c => keys.Contains(c.Id));
        }

        if (query.Area is { } area)
        {
            courses = courses.Where(c => db.CourseCompetences.Any(cc => cc.CourseId == c.Id && db.Competences.Any(k => k.Id == cc.CompetenceId && k.AreaId == area)));
        }

        if (query.Level is { } level)
        {
            courses = courses.Where(c => c.Level == level);
        }

        if (query.Format is { } format)
        {
            courses = courses.Where(c => c.Format == format);
        }

        if (query.MinHours is { } min)
        {
            courses = courses.Where(c => c.Hours >= min);
        }

        if (query.MaxHours is { } max)
        {
            courses = courses.Where(c => c.Hours <= max);
        }

        if (query.Network is { } owner)
        {
            courses = courses.Where(c => c.NetworkId == owner);
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            courses = courses.Where(c => c.Language == query.Language);
        }

        int total, page;
        List<Row> rows;
        if (ranks is not null && query.Sort == CatalogueSort.Relevance)
        {
            // At most a few thousand matching ids: their count is the total, their ranks order the page.
            var ids = await courses.Select(c => c.Id).ToListAsync(cancellationToken);
            total = ids.Count;
            page = PageOf(query.Page, total);
            rows = await RankedPageAsync(courses, ids, ranks, page, cancellationToken);
        }
        else
        {
            total = await courses.CountAsync(cancellationToken);
            page = PageOf(query.Page, total);
            rows = await Sorted(courses, query.Sort).Skip((page - 1) * PageSize).Take(PageSize)
                .Select(c => new Row(c.Id, c.Title, c.Summary, c.Hours, c.Level, c.Format, c.Language, c.NetworkId)).ToListAsync(cancellationToken);
        }

        var names = (await networks.GetManyAsync(rows.Select(r => r.NetworkId).Distinct(), cancellationToken)).ToDictionary(n => n.Id, n => n.Name);
        var cards = rows.Select(r => new CourseCard(r.Id, r.Title, r.Summary, r.Hours, r.Level, r.Format, r.Language, r.NetworkId,
            names.GetValueOrDefault(r.NetworkId), query.Q is null ? null : SearchHighlighter.Snippet(r.Title + " — " + r.Summary, query.Q, 240))).ToList();
        return new CataloguePage(cards, page, PageSize, total);
    }

    /// <summary>The networks whose courses this network's catalogue holds, for the filter.</summary>
    public async Task<IReadOnlyList<NetworkInfo>> OwnersAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Offerings.AsNoTracking().Join(db.Courses.AsNoTracking(), o => o.CourseId, c => c.Id, (_, c) => c.NetworkId)
            .Distinct().ToListAsync(cancellationToken);
        return (await networks.GetManyAsync(ids, cancellationToken)).OrderBy(n => n.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The competence areas of the frameworks this network sees (national and its own).</summary>
    public async Task<IReadOnlyList<AreaOption>> AreasAsync(CancellationToken cancellationToken)
    {
        var networkId = tenant.NetworkId;
        var rows = await db.Areas.AsNoTracking()
            .Join(db.Frameworks.AsNoTracking().Where(f => f.NetworkId == null || f.NetworkId == networkId), a => a.FrameworkId, f => f.Id,
                (a, f) => new { a.Id, Framework = f.Name, a.Code, a.Name })
            .OrderBy(a => a.Framework).ThenBy(a => a.Code).ToListAsync(cancellationToken);
        return rows.Select(a => new AreaOption(a.Id, a.Framework, a.Code, a.Name)).ToList();
    }

    private static int PageOf(int requested, int total) => Math.Clamp(requested, 1, Math.Max(1, (total + PageSize - 1) / PageSize));

    private static async Task<List<Row>> RankedPageAsync(IQueryable<Course> courses, List<Guid> ids, Dictionary<Guid, double> ranks, int page,
        CancellationToken cancellationToken)
    {
        var pageIds = ids.OrderByDescending(id => ranks[id]).ThenBy(id => id).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var rows = await courses.Where(c => pageIds.Contains(c.Id))
            .Select(c => new Row(c.Id, c.Title, c.Summary, c.Hours, c.Level, c.Format, c.Language, c.NetworkId)).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => pageIds.IndexOf(r.Id))];
    }

    private static IQueryable<Course> Sorted(IQueryable<Course> courses, CatalogueSort sort) => sort switch
    {
        CatalogueSort.Newest => courses.OrderByDescending(c => c.PublishedAt).ThenBy(c => c.Id),
        CatalogueSort.HoursAscending => courses.OrderBy(c => c.Hours).ThenBy(c => c.Title),
        CatalogueSort.HoursDescending => courses.OrderByDescending(c => c.Hours).ThenBy(c => c.Title),
        _ => courses.OrderBy(c => c.Title).ThenBy(c => c.Id),
    };

    private sealed record Row(Guid Id, string Title, string Summary, decimal Hours, int Level, CourseFormat Format, string Language, Guid NetworkId);
}

public sealed record AreaOption(Guid Id, string Framework, string Code, string Name);
