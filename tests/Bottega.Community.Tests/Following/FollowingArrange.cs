using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Identity.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Bottega.Community.Tests.Following;

/// <summary>Arranges spaces, followers and events straight in the database, as the posting code would leave them.</summary>
internal static class FollowingArrange
{
    public static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    /// <summary>Active plain members of the network (no other role), skipping the first <paramref name="skip"/>.</summary>
    public static Task<List<(Guid Id, string Email)>> PlainMembersAsync(this BottegaAppFactory factory, Guid networkId, int count, int skip = 0) =>
        factory.QueryAsync(async db =>
        {
            var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active && m.Roles == NetworkRole.Member)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email })
                .OrderBy(x => x.Email).Skip(skip).Take(count).ToListAsync();
            return rows.Select(r => (r.Id, r.Email!)).ToList();
        });

    public static async Task<Space> SpaceAsync(this BottegaAppFactory factory, Guid networkId, SpaceAccess read = SpaceAccess.NetworkMembers)
    {
        var slug = "s-" + Guid.NewGuid().ToString("N")[..10];
        var space = Space.Create(networkId, slug, "Spazio " + slug, null, read == SpaceAccess.NetworkMembers ? SpaceKind.Theme : SpaceKind.WorkingGroup,
            null, read, read, 1, Now);
        await factory.SaveAsync(space);
        return space;
    }

    public static async Task<Tag> TagAsync(this BottegaAppFactory factory, Guid networkId)
    {
        var slug = "t-" + Guid.NewGuid().ToString("N")[..10];
        var tag = Tag.Create(networkId, slug, slug);
        await factory.SaveAsync(tag);
        return tag;
    }

    public static async Task<Topic> TopicAsync(this BottegaAppFactory factory, Space space, Guid authorId, string title = "Come si fa una gara?")
    {
        var topic = Topic.Create(space.NetworkId, space.Id, TopicKind.Question, title, authorId, Visibility.Visible, Now);
        await factory.SaveAsync(topic);
        return topic;
    }

    public static Task FollowAsync(this BottegaAppFactory factory, Guid networkId, Guid userId, SubscriptionTarget target, Guid targetId) =>
        factory.SaveAsync(Subscription.Create(networkId, userId, target, targetId, Now));

    public static Task ListAsync(this BottegaAppFactory factory, Space space, Guid userId) =>
        factory.SaveAsync(SpaceMember.Create(space.NetworkId, space.Id, userId, SpaceRole.Member, Now));

    public static Task PreferAsync(this BottegaAppFactory factory, Guid userId, EmailFrequency frequency) =>
        factory.SaveAsync(NotificationPreference.Create(userId, frequency, Now));

    public static async Task SaveAsync(this BottegaAppFactory factory, params object[] entities)
    {
        await using var db = factory.Open();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    /// <summary>Writes the event to the outbox (as the posting code does) and delivers the outbox.</summary>
    public static async Task PublishAsync<T>(this BottegaAppFactory factory, string type, T payload, int times = 1)
    {
        await using (var db = factory.Open())
        {
            for (var i = 0; i < times; i++)
            {
                CommunityOutbox.Add(db, type, payload, Now);
            }

            await db.SaveChangesAsync();
        }

        await factory.DeliverOutboxAsync();
    }

    public static PostPublished Post(Space space, Topic topic, int number, Guid authorId, IReadOnlyList<Guid>? tags = null, IReadOnlyList<Guid>? mentions = null) =>
        new(space.NetworkId, space.Id, topic.Id, Guid.CreateVersion7(), number, authorId, true, topic.Title, "Testo", tags ?? [], mentions ?? [], Now);

    public static Task<List<Notification>> NotificationsAsync(this BottegaAppFactory factory, Guid userId) =>
        factory.QueryAsync(db => db.Set<Notification>().IgnoreQueryFilters().AsNoTracking().Where(n => n.UserId == userId).ToListAsync());

    public static Task<List<Notification>> NotificationsOfPostAsync(this BottegaAppFactory factory, Guid postId) =>
        factory.QueryAsync(db => db.Set<Notification>().IgnoreQueryFilters().AsNoTracking().Where(n => n.PostId == postId).ToListAsync());

    /// <summary>The e-mails in the pickup folder addressed to the address.</summary>
    public static List<MimeMessage> MailsTo(this BottegaAppFactory factory, string email)
    {
        if (!System.IO.Directory.Exists(factory.MailFolder))
        {
            return [];
        }

        return System.IO.Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
