using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Email;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Notifications;

/// <summary>One e-mail per notification for the people who chose <see cref="EmailFrequency.Immediate"/>.</summary>
internal sealed class ImmediateEmails(CommunityDbContext db, IMailer mailer, CommunityMail mail, INetworkDirectory networks, TimeProvider time)
{
    /// <summary>
    /// Sends what is still unsent of one event's notifications. Each is marked right after its e-mail, so a retried
    /// delivery sends only the rest (a crash between the two resends one).
    /// </summary>
    public async Task SendAsync(Guid networkId, IReadOnlyList<Guid> userIds, IQueryable<Notification> ofEvent,
        IReadOnlyDictionary<Guid, ActiveMember> audience, CancellationToken ct)
    {
        var immediate = new List<Guid>();
        foreach (var batch in userIds.Chunk(1000))
        {
            immediate.AddRange(await db.Preferences.AsNoTracking()
                .Where(p => p.Frequency == EmailFrequency.Immediate && batch.Contains(p.UserId)).Select(p => p.UserId).ToListAsync(ct));
        }

        if (immediate.Count == 0)
        {
            return;
        }

        var network = await networks.FindAsync(networkId, ct);
        foreach (var batch in immediate.Chunk(1000))
        {
            var pending = await ofEvent.Where(n => n.EmailedAt == null && batch.Contains(n.UserId)).ToListAsync(ct);
            foreach (var notification in pending)
            {
                if (audience.TryGetValue(notification.UserId, out var person) && !string.IsNullOrEmpty(person.Email))
                {
                    await mailer.SendAsync(mail.Immediate(person.Email, notification, network?.Name ?? ""), ct);
                }

                notification.MarkEmailed(time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
            }
        }
    }
}
