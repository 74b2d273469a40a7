using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>A topic with its space and what the current person may do there.</summary>
internal sealed record TopicPlace(Topic Topic, Space Space, SpaceRights Rights)
{
    /// <summary>Whether the person may see the topic at all: visible, or their own while pending, or they moderate.</summary>
    public bool CanSee(Guid? userId) => Rights.CanRead
        && (Topic.Visibility == Visibility.Visible || Rights.CanModerate || (Topic.Visibility == Visibility.PendingReview && Topic.AuthorId == userId));

    /// <summary>Whether the person may see this post of the topic.</summary>
    public bool CanSee(Post post, Guid? userId) => post.Visibility is Visibility.Visible or Visibility.Deleted
        || Rights.CanModerate || (post.Visibility == Visibility.PendingReview && post.AuthorId == userId);
}

/// <summary>Loads a topic or a post with the rights of the current person in its space (tenant filter included).</summary>
internal static class TopicAccess
{
    public static async Task<TopicPlace?> TopicAsync(CommunityDbContext db, SpacePermissions permissions, Guid topicId, bool track, CancellationToken ct)
    {
        var topics = track ? db.Topics : db.Topics.AsNoTracking();
        var topic = await topics.FirstOrDefaultAsync(t => t.Id == topicId, ct);
        if (topic is null)
        {
            return null;
        }

        var spaces = track ? db.Spaces : db.Spaces.AsNoTracking();
        var space = await spaces.FirstAsync(s => s.Id == topic.SpaceId, ct);
        return new TopicPlace(topic, space, await permissions.ForAsync(space, ct));
    }

    public static async Task<(Post Post, TopicPlace Place)?> PostAsync(CommunityDbContext db, SpacePermissions permissions, Guid postId, bool track, CancellationToken ct)
    {
        var posts = track ? db.Posts : db.Posts.AsNoTracking();
        var post = await posts.FirstOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null)
        {
            return null;
        }

        var place = await TopicAsync(db, permissions, post.TopicId, track, ct);
        return place is null ? null : (post, place);
    }
}
