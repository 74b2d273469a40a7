using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Access;
using Bottega.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Bottega.Library.Features.Search;

/// <summary>
/// The search form's choices, read with a few grouped queries over the whole library and kept for a minute per network
/// and audience, so a search page does not recount 100,000 documents on every request. They are computed over what
/// every viewer of that audience may see (public documents for visitors, public and network documents for members), so
/// no name of a restricted document leaks; a member's own working-group collections are added per viewer.
/// </summary>
internal sealed class LibraryFilterChoices(IMemoryCache cache, IOrganizationDirectory organizations)
{
    public const int MaxTags = 30;
    public const int MaxOrganizations = 200;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<LibrarySearchFilters> FiltersAsync(LibraryDbContext db, Guid networkId, LibraryViewer viewer, CancellationToken ct)
    {
        var shared = await cache.GetOrCreateAsync(("library.filters", networkId, viewer.IsMember), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return ComputeAsync(db, viewer.IsMember, ct);
        }) ?? throw new InvalidOperationException("The filter choices were not computed.");
        if (viewer.GroupIds.Count == 0)
        {
            return shared;
        }

        var groups = viewer.GroupIds.ToList();
        var own = await db.Collections.AsNoTracking().Where(c => c.WorkingGroupId != null && groups.Contains(c.WorkingGroupId.Value))
            .OrderBy(c => c.Name).Select(c => new LibraryFilterOption(c.Slug, c.Name)).ToListAsync(ct);
        return shared with { Collections = [.. shared.Collections, .. own] };
    }

    private async Task<LibrarySearchFilters> ComputeAsync(LibraryDbContext db, bool member, CancellationToken ct)
    {
        var documents = db.Documents.AsNoTracking().Where(d => !d.IsArchived && d.CurrentVersion > 0
            && (d.Visibility == DocumentVisibility.Public || (member && d.Visibility == DocumentVisibility.Network)));
        var kinds = await documents.Select(d => d.Kind).Distinct().ToListAsync(ct);
        var years = await documents.Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var collections = await db.Collections.AsNoTracking().Where(c => c.WorkingGroupId == null).OrderBy(c => c.Position).ThenBy(c => c.Name)
            .Select(c => new LibraryFilterOption(c.Slug, c.Name)).ToListAsync(ct);
        var tags = await db.Tags.AsNoTracking().Where(t => documents.Any(d => d.Id == t.DocumentId))
            .GroupBy(t => t.Tag).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(MaxTags).Select(g => g.Key).ToListAsync(ct);
        var owners = await documents.Where(d => d.OwnerOrganizationId != null).GroupBy(d => d.OwnerOrganizationId!.Value)
            .OrderByDescending(g => g.Count()).Take(MaxOrganizations).Select(g => g.Key).ToListAsync(ct);
        var regions = await documents.Where(d => d.RegionId != null).Select(d => d.RegionId!.Value).Distinct().ToListAsync(ct);
        var names = await organizations.GetManyAsync(owners.Concat(regions), ct);
        return new LibrarySearchFilters(
            [.. kinds.Order()],
            collections,
            [.. tags.Order(StringComparer.Ordinal)],
            Named(owners, names),
            Named(regions, names),
            years);
    }

    private static List<LibraryFilterOption> Named(List<Guid> ids, IReadOnlyDictionary<Guid, OrganizationInfo> names) =>
        [.. ids.Where(names.ContainsKey).Select(id => new LibraryFilterOption(id.ToString(), names[id].Name)).OrderBy(o => o.Name, StringComparer.CurrentCulture)];
}
