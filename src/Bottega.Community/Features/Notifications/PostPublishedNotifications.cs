using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Notifications;

/// <summary>
/// A new topic tells the followers of its space and of its tags; a reply tells the topic's followers; a mention tells
/// the person mentioned (as a mention, whatever else they follow). The author follows their own topic from then on,
/// so the asker hears of the answers.
/// </summary>
internal sealed class PostPublishedNotifications(CommunityDbContext db, NotificationAudience audience, Notifier notifier, INetworkDirectory networks, TimeProvider time)
    : IOutboxHandler
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    public string Type => PostPublished.OutboxType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var e = CommunityOutbox.Read<PostPublished>(payload);
        var network = await networks.FindAsync(e.NetworkId, cancellationToken);
        if (network is null)
        {
            return;
        }

        var followers = await FollowersAsync(e, cancellationToken);
        var kind = e.Number == 1 ? NotificationKind.NewTopic : NotificationKind.Reply;
        var recipients = followers.ToDictionary(id => id, _ => kind);
        foreach (var mentioned in e.MentionedUserIds)
        {
            recipients[mentioned] = NotificationKind.Mention;
        }

        var readers = await audience.ReadersAsync(e.NetworkId, e.SpaceId, recipients.Keys, cancellationToken);
        var url = $"/reti/{network.Slug}/comunita/discussioni/{e.TopicId}#post-{e.PostId}";
        await notifier.NotifyAsync(new NotificationSubject(e.NetworkId, e.AuthorId, e.TopicId, e.PostId, e.TopicTitle, url, e.PublishedAt, OncePerPost: true),
            recipients, readers, cancellationToken);
        if (e.Number == 1)
        {
            await FollowOwnTopicAsync(e, cancellationToken);
        }
    }

    private Task<List<Guid>> FollowersAsync(PostPublished e, CancellationToken ct)
    {
        var subscriptions = db.Subscriptions.IgnoreQueryFilters(Tenant).AsNoTracking().Where(s => s.NetworkId == e.NetworkId);
        if (e.Number != 1)
        {
            return subscriptions.Where(s => s.Target == SubscriptionTarget.Topic && s.TargetId == e.TopicId).Select(s => s.UserId).ToListAsync(ct);
        }

        var tagIds = e.TagIds.ToList();
        return subscriptions
            .Where(s => (s.Target == SubscriptionTarget.Space && s.TargetId == e.SpaceId) || (s.Target == SubscriptionTarget.Tag && tagIds.Contains(s.TargetId)))
            .Select(s => s.UserId).Distinct().ToListAsync(ct);
    }

    private async Task FollowOwnTopicAsync(PostPublished e, CancellationToken ct)
    {
        var follows = await db.Subscriptions.IgnoreQueryFilters(Tenant)
            .AnyAsync(s => s.UserId == e.AuthorId && s.Target == SubscriptionTarget.Topic && s.TargetId == e.TopicId, ct);
        if (!follows)
        {
            db.Subscriptions.Add(Subscription.Create(e.NetworkId, e.AuthorId, SubscriptionTarget.Topic, e.TopicId, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
        }
    }
}
