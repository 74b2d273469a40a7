using Bottega.Learning.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Files;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Practices;

/// <summary>
/// Reading good practices in the current request's network: browse published cases by region, theme and text; a case's
/// page and attachments; one's own cases; the review queue. Every read applies <see cref="PracticeActor.CanSee"/>.
/// </summary>
public sealed class PracticeReading
{
    public const int PageSize = 12;

    private const int MaxTextHits = 1000;

    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly ICurrentUser user;
    private readonly PracticeActors actors;
    private readonly PracticeLabels labels;
    private readonly IOrganizationDirectory organizations;
    private readonly IPersonNames names;
    private readonly ILearningCatalogLookup catalog;
    private readonly IFullTextIndex search;
    private readonly IFileStore files;
    private PracticeActor? actor;

    internal PracticeReading(LibraryDbContext db, ITenantContext tenant, ICurrentUser user, PracticeActors actors, PracticeLabels labels, IOrganizationDirectory organizations,
        IPersonNames names, ILearningCatalogLookup catalog, IFullTextIndex search, IFileStore files)
    {
        this.db = db;
        this.tenant = tenant;
        this.user = user;
        this.actors = actors;
        this.labels = labels;
        this.organizations = organizations;
        this.names = names;
        this.catalog = catalog;
        this.search = search;
        this.files = files;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this scope.");

    public async Task<PracticeActor> ActorAsync(CancellationToken ct) =>
        actor ??= user.Id is { } me ? await actors.ForAsync(NetworkId, me, ct) : new PracticeActor(Guid.Empty, false, false, null, null);

    public async Task<PracticeBrowsePage> BrowseAsync(PracticeFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var published = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        if (!(await ActorAsync(ct)).IsMember)
        {
            published = published.Where(p => false);
        }

        var query = published;
        if (filter.RegionId is { } region)
        {
            query = query.Where(p => p.RegionId == region);
        }

        if (PracticeThemes.IsKnown(filter.Theme))
        {
            query = query.Where(p => p.Theme == filter.Theme);
        }

        var page = Math.Max(1, filter.Page);
        List<GoodPractice> items;
        int total;
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var hits = await search.SearchAsync(db, PracticeSearchIndex.Kind, NetworkId, filter.Text, MaxTextHits, ct);
            var ranks = hits.ToDictionary(h => h.Key, h => h.Rank);
            var keys = ranks.Keys.ToList();
            var matching = await query.Where(p => keys.Contains(p.Id)).ToListAsync(ct);
            total = matching.Count;
            items = matching.OrderByDescending(p => ranks[p.Id]).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        }
        else
        {
            total = await query.CountAsync(ct);
            items = await query.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        }

        var themeCounts = await published.GroupBy(p => p.Theme).Select(g => new { Key = g.Key, Count = g.Count() }).ToListAsync(ct);
        var regionCounts = await published.Where(p => p.RegionId != null).GroupBy(p => p.RegionId!.Value).Select(g => new { Key = g.Key, Count = g.Count() }).ToListAsync(ct);
        var orgs = await organizations.GetManyAsync(items.Select(p => p.OrganizationId).OfType<Guid>().Concat(regionCounts.Select(r => r.Key)).Distinct(), ct);
        var cards = items.Select(p => new PracticeCard(p.Id, p.Title, p.Summary, p.Theme, NameOf(orgs, p.OrganizationId), NameOf(orgs, p.RegionId), p.PublishedAt)).ToList();
        var themes = PracticeThemes.All.Select(t => new PracticeCount(t.Key, t.Label, themeCounts.FirstOrDefault(c => c.Key == t.Key)?.Count ?? 0)).Where(c => c.Count > 0).ToList();
        var regions = regionCounts.Select(r => new PracticeCount(r.Key.ToString(), NameOf(orgs, r.Key) ?? "", r.Count)).OrderBy(r => r.Label, StringComparer.CurrentCulture).ToList();
        return new PracticeBrowsePage(cards, page, Math.Max(1, (total + PageSize - 1) / PageSize), total, themes, regions);
    }

    /// <summary>A case the viewer may see, with everything its page shows; null when missing or not visible.</summary>
    public async Task<PracticeDetail?> GetAsync(Guid practiceId, CancellationToken ct)
    {
        var me = await ActorAsync(ct);
        var practice = await db.Practices.AsNoTracking().FirstOrDefaultAsync(p => p.Id == practiceId, ct);
        if (practice is null || !me.CanSee(practice))
        {
            return null;
        }

        var labelRows = await db.PracticeLabels.AsNoTracking().Where(l => l.PracticeId == practice.Id).ToListAsync(ct);
        var competenceIds = labelRows.Select(l => l.CompetenceId).OfType<Guid>().ToHashSet();
        var competences = competenceIds.Count == 0 ? [] : (await catalog.CompetencesAsync(NetworkId, ct)).Where(c => competenceIds.Contains(c.Id))
            .Select(c => new PracticeCompetenceView(c.Id, c.Code, c.Name)).ToList();
        var attachments = await db.PracticeAttachments.AsNoTracking().Where(a => a.PracticeId == practice.Id).OrderBy(a => a.AddedAt)
            .Select(a => new PracticeAttachmentView(a.Id, a.FileName, a.ContentType, a.SizeBytes)).ToListAsync(ct);
        var orgs = await organizations.GetManyAsync(new[] { practice.OrganizationId, practice.RegionId }.OfType<Guid>(), ct);
        var author = (await names.GetAsync([practice.CreatedBy], ct)).GetValueOrDefault(practice.CreatedBy);
        return new PracticeDetail(practice, NameOf(orgs, practice.OrganizationId), NameOf(orgs, practice.RegionId), author,
            labelRows.Select(l => l.Tag).OfType<string>().Order(StringComparer.Ordinal).ToList(), competences, attachments, me.CanEdit(practice),
            me.IsAdmin && practice.Status == PracticeStatus.Submitted);
    }

    /// <summary>The form of a case the viewer may edit, with its attachments; null when missing, not visible or not editable.</summary>
    public async Task<(PracticeForm Form, PracticeDetail Detail)?> EditFormAsync(Guid practiceId, CancellationToken ct)
    {
        var detail = await GetAsync(practiceId, ct);
        if (detail is null || !detail.CanEdit)
        {
            return null;
        }

        return (PracticeForm.From(detail.Practice, detail.Tags, detail.Competences.Select(c => c.Id)), detail);
    }

    /// <summary>Cases the viewer wrote or, as training referent, their organization's, any status, latest change first.</summary>
    public async Task<IReadOnlyList<PracticeRow>> MineAsync(CancellationToken ct)
    {
        var me = await ActorAsync(ct);
        if (!me.IsMember)
        {
            return [];
        }

        var referentOf = me.ReferentOf ?? Guid.Empty;
        var practices = await db.Practices.AsNoTracking().Where(p => p.CreatedBy == me.PersonId || p.OrganizationId == referentOf)
            .OrderByDescending(p => p.UpdatedAt).Take(200).ToListAsync(ct);
        return await RowsAsync(practices, ct);
    }

    /// <summary>Cases waiting for review, oldest first (admins only; empty for others).</summary>
    public async Task<(IReadOnlyList<PracticeRow> Rows, int Page, int PageCount, int Total)> ReviewQueueAsync(int page, CancellationToken ct)
    {
        var query = db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Submitted);
        if (!(await ActorAsync(ct)).IsAdmin)
        {
            return ([], 1, 1, 0);
        }

        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        var practices = await query.OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (await RowsAsync(practices, ct), page, Math.Max(1, (total + PageSize - 1) / PageSize), total);
    }

    /// <summary>An attachment of a case the viewer may see; null otherwise.</summary>
    public async Task<PracticeFile?> OpenAttachmentAsync(Guid practiceId, Guid attachmentId, CancellationToken ct)
    {
        var practice = await db.Practices.AsNoTracking().FirstOrDefaultAsync(p => p.Id == practiceId, ct);
        if (practice is null || !(await ActorAsync(ct)).CanSee(practice))
        {
            return null;
        }

        var attachment = await db.PracticeAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.PracticeId == practiceId, ct);
        var content = attachment is null ? null : await files.OpenAsync(attachment.FileKey, ct);
        return content is null ? null : new PracticeFile(content, attachment!.FileName, attachment.ContentType);
    }

    /// <summary>The competences of the network's catalogue a case may name.</summary>
    public Task<IReadOnlyList<CatalogCompetence>> CompetencesAsync(CancellationToken ct) => catalog.CompetencesAsync(NetworkId, ct);

    /// <summary>The tags of a case (for the form).</summary>
    public Task<IReadOnlyList<string>> TagsOfAsync(Guid practiceId, CancellationToken ct) => labels.TagsOfAsync(practiceId, ct);

    private async Task<IReadOnlyList<PracticeRow>> RowsAsync(List<GoodPractice> practices, CancellationToken ct)
    {
        var orgs = await organizations.GetManyAsync(practices.Select(p => p.OrganizationId).OfType<Guid>().Distinct(), ct);
        return practices.Select(p => new PracticeRow(p.Id, p.Title, p.Theme, p.Status, NameOf(orgs, p.OrganizationId), p.UpdatedAt, p.SubmittedAt, p.ReviewNote)).ToList();
    }

    private static string? NameOf(IReadOnlyDictionary<Guid, OrganizationInfo> orgs, Guid? id) => id is { } key && orgs.TryGetValue(key, out var org) ? org.Name : null;
}
