using Bottega.Community.Data;
using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Moderation;

/// <summary>Counts a space's visible topics and posts again (after a topic moved in or out, was merged, hidden or approved).</summary>
internal static class SpaceCounters
{
    public static async Task RecountAsync(CommunityDbContext db, Space space, CancellationToken ct)
    {
        var topics = db.Topics.Where(t => t.SpaceId == space.Id && t.Visibility == Visibility.Visible);
        var topicCount = await topics.CountAsync(ct);
        var postCount = await db.Posts.Where(p => p.Visibility == Visibility.Visible)
            .Join(topics, p => p.TopicId, t => t.Id, (p, t) => p.Id).CountAsync(ct);
        space.Recount(topicCount, postCount);
    }

    /// <summary>Visible replies of the topic (posts after the first), for <see cref="Topic.RecountReplies"/>.</summary>
    public static Task<int> VisibleRepliesAsync(CommunityDbContext db, Guid topicId, CancellationToken ct) =>
        db.Posts.CountAsync(p => p.TopicId == topicId && p.Number > 1 && p.Visibility == Visibility.Visible, ct);
}
