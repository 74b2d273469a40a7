using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Search;
using Bottega.Platform.Search;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Topics;

public sealed record SimilarTopic(Guid Id, string Title, TopicKind Kind, bool IsAnswered, string SpaceName);

/// <summary>Topics like the title being typed, from the spaces the person may read, so a question asked before is found first.</summary>
public sealed class SimilarTopics
{
    public const int Limit = 5;
    private readonly CommunityDbContext db;
    private readonly ITenantContext tenant;
    private readonly SpacePermissions permissions;
    private readonly IFullTextIndex index;

    internal SimilarTopics(CommunityDbContext db, ITenantContext tenant, SpacePermissions permissions, IFullTextIndex index)
    {
        this.db = db;
        this.tenant = tenant;
        this.permissions = permissions;
        this.index = index;
    }

    public async Task<IReadOnlyList<SimilarTopic>> FindAsync(string? title, CancellationToken ct)
    {
        var text = (title ?? "").Trim();
        if (text.Length < 3 || tenant.NetworkId is not { } networkId)
        {
            return [];
        }

        var hits = await index.SearchAnyAsync(db, CommunitySearchDocuments.TopicKind, networkId, text[..Math.Min(text.Length, 200)], 30, ct);
        if (hits.Count == 0)
        {
            return [];
        }

        var readable = await permissions.ReadableSpaceIdsAsync(ct);
        var ids = hits.Select(h => h.Key).ToList();
        var found = await db.Topics.AsNoTracking()
            .Where(t => ids.Contains(t.Id) && t.Visibility == Visibility.Visible && t.MergedIntoId == null && readable.Contains(t.SpaceId))
            .Join(db.Spaces, t => t.SpaceId, s => s.Id, (t, s) => new { t.Id, t.Title, t.Kind, t.AcceptedPostId, t.ReplyCount, Space = s.Name })
            .ToListAsync(ct);
        var rank = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return found.OrderBy(t => rank[t.Id]).Take(Limit)
            .Select(t => new SimilarTopic(t.Id, t.Title, t.Kind, t.AcceptedPostId is not null || t.ReplyCount > 0, t.Space)).ToList();
    }
}
