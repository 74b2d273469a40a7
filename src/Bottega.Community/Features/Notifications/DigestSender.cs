using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Email;
using Bottega.Platform.Localization;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Notifications;

/// <summary>
/// The daily and weekly digests: one e-mail per person with the notifications not yet e-mailed, grouped by network
/// and kind. Daily people (and people who never chose: daily is the default) get one a day, weekly people on Mondays
/// (in Rome). A person is done when their notifications are marked e-mailed and <see cref="NotificationPreference.LastDigestAt"/>
/// is set, saved right after their e-mail: running twice sends nothing more, and a crash between sending and saving
/// resends that one person's digest once.
/// </summary>
public sealed class DigestSender
{
    private const int PeoplePerBatch = 100;
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];
    private readonly CommunityDbContext db;
    private readonly INetworkPeople people;
    private readonly INetworkDirectory networks;
    private readonly IMailer mailer;
    private readonly CommunityMail mail;

    internal DigestSender(CommunityDbContext db, INetworkPeople people, INetworkDirectory networks, IMailer mailer, CommunityMail mail)
    {
        this.db = db;
        this.people = people;
        this.networks = networks;
        this.mailer = mailer;
        this.mail = mail;
    }

    /// <summary>Sends the digests due at <paramref name="now"/>; returns how many e-mails left.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var utc = now.UtcDateTime;
        var today = RomeTime.DateOf(utc);
        var startOfToday = RomeTime.EndOfDayUtc(today.AddDays(-1));
        var monday = today.DayOfWeek == DayOfWeek.Monday;
        var done = new HashSet<Guid>();
        var sent = 0;
        while (true)
        {
            var batch = await Pending()
                .Where(n => !db.Preferences.Any(p => p.UserId == n.UserId && (p.Frequency == EmailFrequency.Never || p.Frequency == EmailFrequency.Immediate
                    || (p.Frequency == EmailFrequency.Weekly && !monday) || (p.LastDigestAt != null && p.LastDigestAt >= startOfToday))))
                .Select(n => n.UserId).Distinct().OrderBy(id => id).Take(PeoplePerBatch).ToListAsync(ct);
            batch.RemoveAll(done.Contains);
            if (batch.Count == 0)
            {
                return sent;
            }

            done.UnionWith(batch);
            sent += await SendBatchAsync(batch, utc, ct);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<int> SendBatchAsync(List<Guid> userIds, DateTime now, CancellationToken ct)
    {
        var notifications = await Pending().Where(n => userIds.Contains(n.UserId)).ToListAsync(ct);
        var preferences = await db.Preferences.Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, ct);
        var networkIds = notifications.Select(n => n.NetworkId).Distinct().ToList();
        var names = (await networks.GetManyAsync(networkIds, ct)).ToDictionary(n => n.Id, n => n.Name);
        // Only networks the person is still an active member of reach the digest; one query per network of the batch.
        var emails = new Dictionary<(Guid NetworkId, Guid UserId), string>();
        foreach (var networkId in networkIds)
        {
            var ofNetwork = notifications.Where(n => n.NetworkId == networkId).Select(n => n.UserId).Distinct().ToList();
            foreach (var member in await people.ActiveMembersAsync(networkId, ofNetwork, ct))
            {
                emails[(networkId, member.UserId)] = member.Email;
            }
        }

        var sent = 0;
        foreach (var group in notifications.GroupBy(n => n.UserId))
        {
            var userId = group.Key;
            var sections = group.Where(n => emails.ContainsKey((n.NetworkId, userId)) && names.ContainsKey(n.NetworkId))
                .GroupBy(n => n.NetworkId)
                .Select(g => new DigestSection(names[g.Key], g.Select(n => new DigestEntry(n.Id, n.Kind, n.Text, n.CreatedAt)).ToList()))
                .OrderBy(s => s.NetworkName, StringComparer.CurrentCulture).ToList();
            var to = group.Select(n => emails.GetValueOrDefault((n.NetworkId, userId))).FirstOrDefault(e => !string.IsNullOrEmpty(e));
            if (to is not null && sections.Count > 0)
            {
                await mailer.SendAsync(mail.Digest(to, userId, sections), ct);
                sent++;
            }

            // Notifications of networks the person left are settled too, so they do not wait for a digest forever.
            foreach (var notification in group)
            {
                notification.MarkEmailed(now);
            }

            if (!preferences.TryGetValue(userId, out var preference))
            {
                preference = NotificationPreference.Create(userId, EmailFrequency.Daily, now);
                db.Preferences.Add(preference);
            }

            preference.DigestSent(now);
            await db.SaveChangesAsync(ct);
        }

        return sent;
    }

    private IQueryable<Notification> Pending() => db.Notifications.IgnoreQueryFilters(Tenant).Where(n => n.EmailedAt == null);
}
