using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Notifications;

/// <summary>What the notifications of one event share.</summary>
/// <param name="NetworkId">The network it happened in.</param>
/// <param name="ActorId">Who did it: never notified of their own action.</param>
/// <param name="TopicId">The topic, if any.</param>
/// <param name="PostId">The post (or private message), if any.</param>
/// <param name="Text">A topic title or a message's first words.</param>
/// <param name="Url">Site-relative link.</param>
/// <param name="At">When it happened.</param>
/// <param name="OncePerPost">One notification per (person, kind, post) ever; otherwise one per (person, kind, post, moment), for repeated moderation.</param>
internal sealed record NotificationSubject(Guid NetworkId, Guid? ActorId, Guid? TopicId, Guid? PostId, string Text, string Url, DateTime At, bool OncePerPost);

/// <summary>
/// Writes the notifications of one event, at most once per person however often the event is delivered, then sends
/// the e-mails of people who want them at once.
/// </summary>
internal sealed class Notifier(CommunityDbContext db, ImmediateEmails emails)
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    /// <param name="subject">What the notifications share.</param>
    /// <param name="recipients">Who should hear of it and why; people missing from <paramref name="audience"/> are skipped.</param>
    /// <param name="audience">The active members allowed to know (see <see cref="NotificationAudience"/>).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task NotifyAsync(NotificationSubject subject, IReadOnlyDictionary<Guid, NotificationKind> recipients,
        IReadOnlyDictionary<Guid, ActiveMember> audience, CancellationToken ct)
    {
        var at = new DateTime(subject.At.Ticks - (subject.At.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        var wanted = recipients.Where(r => r.Key != subject.ActorId && audience.ContainsKey(r.Key)).ToDictionary(r => r.Key, r => r.Value);
        if (wanted.Count == 0)
        {
            return;
        }

        var kinds = wanted.Values.Distinct().ToList();
        var already = new HashSet<Guid>();
        foreach (var batch in wanted.Keys.Chunk(1000))
        {
            already.UnionWith(await OfEvent(subject, at, kinds).Where(n => batch.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(ct));
        }

        var text = subject.Text.Length > 300 ? subject.Text[..299] + "…" : subject.Text;
        foreach (var (userId, kind) in wanted.Where(w => !already.Contains(w.Key)))
        {
            db.Notifications.Add(Notification.Create(subject.NetworkId, userId, kind, subject.ActorId, subject.TopicId, subject.PostId, text, subject.Url, at));
        }

        await db.SaveChangesAsync(ct);
        await emails.SendAsync(subject.NetworkId, wanted.Keys.ToList(), OfEvent(subject, at, kinds), audience, ct);
    }

    private IQueryable<Notification> OfEvent(NotificationSubject subject, DateTime at, List<NotificationKind> kinds)
    {
        var query = db.Notifications.IgnoreQueryFilters(Tenant)
            .Where(n => n.NetworkId == subject.NetworkId && n.PostId == subject.PostId && n.TopicId == subject.TopicId && kinds.Contains(n.Kind));
        return subject.OncePerPost ? query : query.Where(n => n.CreatedAt == at);
    }
}
