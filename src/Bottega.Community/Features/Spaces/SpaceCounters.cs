using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Spaces;

/// <summary>
/// Keeps <see cref="Space.TopicCount"/>, <see cref="Space.PostCount"/> and <see cref="Space.LastActivityAt"/> meaningful.
/// The increments are single UPDATE statements (no lost update when two people post at once); call them inside the
/// transaction that publishes the topic or post, so they commit or roll back with it. After a change that removes or
/// moves content (hide, delete, move, merge), call <see cref="RecountAsync"/> for the spaces involved.
/// </summary>
internal static class SpaceCounters
{
    /// <summary>A visible topic (with its first post) was published in the space.</summary>
    public static Task TopicAddedAsync(CommunityDbContext db, Guid spaceId, DateTime now, CancellationToken ct) =>
        Spaces(db, spaceId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.TopicCount, x => x.TopicCount + 1)
            .SetProperty(x => x.PostCount, x => x.PostCount + 1)
            .SetProperty(x => x.LastActivityAt, x => x.LastActivityAt == null || x.LastActivityAt < now ? now : x.LastActivityAt), ct);

    /// <summary>A visible reply was published in a topic of the space.</summary>
    public static Task PostAddedAsync(CommunityDbContext db, Guid spaceId, DateTime now, CancellationToken ct) =>
        Spaces(db, spaceId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.PostCount, x => x.PostCount + 1)
            .SetProperty(x => x.LastActivityAt, x => x.LastActivityAt == null || x.LastActivityAt < now ? now : x.LastActivityAt), ct);

    /// <summary>Counts the space's visible topics and their visible posts again, and its last activity, and saves them.</summary>
    public static async Task RecountAsync(CommunityDbContext db, Guid spaceId, CancellationToken ct)
    {
        var topics = db.Topics.IgnoreQueryFilters([BottegaModel.TenantFilter]).Where(t => t.SpaceId == spaceId && t.Visibility == Visibility.Visible);
        var topicCount = await topics.CountAsync(ct);
        var postCount = await db.Posts.IgnoreQueryFilters([BottegaModel.TenantFilter])
            .Where(p => p.Visibility == Visibility.Visible && topics.Any(t => t.Id == p.TopicId)).CountAsync(ct);
        var last = await topics.MaxAsync(t => (DateTime?)t.LastPostAt, ct);
        await Spaces(db, spaceId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.TopicCount, topicCount)
            .SetProperty(x => x.PostCount, postCount)
            .SetProperty(x => x.LastActivityAt, last), ct);
    }

    /// <summary>Visible replies of the topic (posts after the first), for <see cref="Topic.RecountReplies"/>.</summary>
    public static Task<int> VisibleRepliesAsync(CommunityDbContext db, Guid topicId, CancellationToken ct) =>
        db.Posts.IgnoreQueryFilters([BottegaModel.TenantFilter]).CountAsync(p => p.TopicId == topicId && p.Number > 1 && p.Visibility == Visibility.Visible, ct);

    // By id, so it works where the request has no network (an outbox handler) as well as in a page.
    private static IQueryable<Space> Spaces(CommunityDbContext db, Guid spaceId) =>
        db.Spaces.IgnoreQueryFilters([BottegaModel.TenantFilter]).Where(s => s.Id == spaceId);
}
