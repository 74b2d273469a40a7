using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Following;

/// <summary>Something the person follows, named for the list of what they follow.</summary>
public sealed record FollowedItem(SubscriptionTarget Target, Guid TargetId, string Name, string Url, DateTime Since);

/// <summary>The current person's subscriptions to spaces, tags and topics of the request's network.</summary>
public sealed class Following
{
    private readonly CommunityDbContext db;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;
    private readonly TimeProvider time;

    internal Following(CommunityDbContext db, ICurrentUser user, SpacePermissions permissions, TimeProvider time)
    {
        this.db = db;
        this.user = user;
        this.permissions = permissions;
        this.time = time;
    }

    public async Task<bool> IsFollowingAsync(SubscriptionTarget target, Guid targetId, CancellationToken ct) =>
        user.Id is { } userId && await db.Subscriptions.AnyAsync(s => s.UserId == userId && s.Target == target && s.TargetId == targetId, ct);

    /// <summary>Follows or stops following; null when the target is not there for the person (unknown, another network's, unreadable).</summary>
    public async Task<bool?> ToggleAsync(SubscriptionTarget target, Guid targetId, CancellationToken ct)
    {
        if (user.Id is not { } userId)
        {
            return null;
        }

        var existing = await db.Subscriptions.FirstOrDefaultAsync(s => s.UserId == userId && s.Target == target && s.TargetId == targetId, ct);
        if (existing is not null)
        {
            // Stopping is always allowed, even after losing access to what was followed.
            db.Subscriptions.Remove(existing);
            await db.SaveChangesAsync(ct);
            return false;
        }

        var networkId = await ReadableNetworkOfAsync(target, targetId, ct);
        if (networkId is null)
        {
            return null;
        }

        db.Subscriptions.Add(Subscription.Create(networkId.Value, userId, target, targetId, time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A double click raced us to the unique (user, target, id): the person follows it, which is what they asked.
            db.ChangeTracker.Clear();
        }

        return true;
    }

    /// <summary>What the person follows in this network, newest first (a person follows tens of things, not thousands).</summary>
    public async Task<IReadOnlyList<FollowedItem>> ListAsync(string networkSlug, CancellationToken ct)
    {
        if (user.Id is not { } userId)
        {
            return [];
        }

        var subscriptions = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId)
            .OrderByDescending(s => s.CreatedAt).Take(500).ToListAsync(ct);
        var ids = subscriptions.Select(s => s.TargetId).ToList();
        var spaces = await db.Spaces.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (s.Name, s.Slug), ct);
        var tags = await db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (t.Name, t.Slug), ct);
        var topics = await db.Topics.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Title, ct);
        var root = $"/reti/{networkSlug}/comunita";
        var items = new List<FollowedItem>(subscriptions.Count);
        foreach (var s in subscriptions)
        {
            var item = s.Target switch
            {
                SubscriptionTarget.Space when spaces.TryGetValue(s.TargetId, out var space) => new FollowedItem(s.Target, s.TargetId, space.Name, $"{root}/{space.Slug}", s.CreatedAt),
                SubscriptionTarget.Tag when tags.TryGetValue(s.TargetId, out var tag) => new FollowedItem(s.Target, s.TargetId, tag.Name, $"{root}/tag/{tag.Slug}", s.CreatedAt),
                SubscriptionTarget.Topic when topics.TryGetValue(s.TargetId, out var title) => new FollowedItem(s.Target, s.TargetId, title, $"{root}/discussioni/{s.TargetId}", s.CreatedAt),
                _ => null,
            };
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private async Task<Guid?> ReadableNetworkOfAsync(SubscriptionTarget target, Guid targetId, CancellationToken ct)
    {
        switch (target)
        {
            case SubscriptionTarget.Tag:
                // Tags are the network's, visible to every member (the page's policy).
                return await db.Tags.Where(t => t.Id == targetId).Select(t => (Guid?)t.NetworkId).FirstOrDefaultAsync(ct);
            case SubscriptionTarget.Space:
                var space = await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Id == targetId, ct);
                return space is not null && (await permissions.ForAsync(space, ct)).CanRead ? space.NetworkId : null;
            case SubscriptionTarget.Topic:
                var topic = await db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == targetId, ct);
                if (topic is null)
                {
                    return null;
                }

                var topicSpace = await db.Spaces.AsNoTracking().FirstAsync(s => s.Id == topic.SpaceId, ct);
                var rights = await permissions.ForAsync(topicSpace, ct);
                var seen = topic.Visibility == Visibility.Visible || rights.CanModerate || (topic.Visibility == Visibility.PendingReview && topic.AuthorId == user.Id);
                return rights.CanRead && seen ? topic.NetworkId : null;
            default:
                return null;
        }
    }
}
