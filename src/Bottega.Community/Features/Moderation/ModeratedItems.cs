using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Moderation;

/// <summary>A post or topic loaded for a moderator action, with the space it lives in.</summary>
internal sealed record ModeratedPost(Post Post, Topic Topic, Space Space);

internal sealed record ModeratedTopic(Topic Topic, Space Space);

/// <summary>
/// Loads what a moderator acts on and asks <see cref="SpacePermissions"/> whether they may: not readable (or not in
/// this network) is not found, readable but not moderated is forbidden.
/// </summary>
internal static class ModeratedItems
{
    public static async Task<(ModerationResult? Refusal, ModeratedPost? Item)> PostAsync(CommunityDbContext db, SpacePermissions permissions, Guid postId,
        CancellationToken ct)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null)
        {
            return (ModerationResult.NotFound, null);
        }

        var (refusal, topic) = await TopicAsync(db, permissions, post.TopicId, ct);
        return refusal is null ? (null, new ModeratedPost(post, topic!.Topic, topic.Space)) : (refusal, null);
    }

    public static async Task<(ModerationResult? Refusal, ModeratedTopic? Item)> TopicAsync(CommunityDbContext db, SpacePermissions permissions, Guid topicId,
        CancellationToken ct)
    {
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Id == topicId, ct);
        var space = topic is null ? null : await db.Spaces.FirstOrDefaultAsync(s => s.Id == topic.SpaceId, ct);
        if (topic is null || space is null)
        {
            return (ModerationResult.NotFound, null);
        }

        var rights = await permissions.ForAsync(space, ct);
        if (!rights.CanRead)
        {
            return (ModerationResult.NotFound, null);
        }

        return rights.CanModerate ? (null, new ModeratedTopic(topic, space)) : (ModerationResult.Forbidden, null);
    }
}
