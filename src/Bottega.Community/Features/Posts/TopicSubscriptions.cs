using Bottega.Community.Data;
using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>Whoever writes in a topic follows it, so they hear of the replies.</summary>
internal static class TopicSubscriptions
{
    public static async Task FollowAsync(CommunityDbContext db, Guid networkId, Guid userId, Guid topicId, DateTime now, CancellationToken ct)
    {
        var following = await db.Subscriptions.AnyAsync(s => s.UserId == userId && s.Target == SubscriptionTarget.Topic && s.TargetId == topicId, ct);
        if (!following)
        {
            db.Subscriptions.Add(Subscription.Create(networkId, userId, SubscriptionTarget.Topic, topicId, now));
        }
    }
}
