using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Localization;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Registrations;

/// <summary>
/// The reminders of every network: for each confirmed registration of a published event, one e-mail the day before a
/// session (from the same time of day in Rome on the previous day, so a daylight-saving change moves nothing) and one
/// within the hour before. Someone who registers late gets only the nearest one. Each is recorded before it is sent,
/// under a unique index, so two runs at once (two nodes) send it once; a mail server failing at that moment loses that reminder.
/// </summary>
public sealed class EventReminders
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];
    private readonly EventsDbContext db;
    private readonly INetworkPeople people;
    private readonly IPersonNames names;
    private readonly INetworkDirectory networks;
    private readonly EventMail mail;

    internal EventReminders(EventsDbContext db, INetworkPeople people, IPersonNames names, INetworkDirectory networks, EventMail mail)
    {
        this.db = db;
        this.people = people;
        this.names = names;
        this.networks = networks;
        this.mail = mail;
    }

    /// <summary>When the day-before reminder of a session starting at <paramref name="startsAtUtc"/> is due: the same Rome time a day earlier.</summary>
    /// <remarks>When that time does not exist (skipped by the spring change) the reminder is due 24 hours before.</remarks>
    internal static DateTime DayBeforeDue(DateTime startsAtUtc)
    {
        var dayBefore = RomeTime.Of(startsAtUtc).AddDays(-1);
        return RomeTime.Zone.IsInvalidTime(dayBefore)
            ? startsAtUtc.AddHours(-24)
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(dayBefore, DateTimeKind.Unspecified), RomeTime.Zone);
    }

    internal static ReminderKind? Due(DateTime startsAtUtc, DateTime now) =>
        startsAtUtc <= now ? null
        : now >= startsAtUtc.AddMinutes(-60) ? ReminderKind.HourBefore
        : now >= DayBeforeDue(startsAtUtc) ? ReminderKind.DayBefore
        : null;

    /// <summary>Sends the reminders due at <paramref name="now"/> (UTC); returns how many e-mails left.</summary>
    public async Task<int> SendDueAsync(DateTime now, CancellationToken ct)
    {
        now = DateTime.SpecifyKind(now, DateTimeKind.Utc);
        // A day in Rome can last 25 hours.
        var horizon = now.AddHours(26);
        var sessions = await db.Sessions.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(s => s.StartsAt > now && s.StartsAt <= horizon)
            .Join(db.Events.IgnoreQueryFilters(Tenant).Where(e => e.Status == EventStatus.Published), s => s.EventId, e => e.Id, (s, e) => new { Session = s, Event = e })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var item in sessions)
        {
            if (Due(item.Session.StartsAt, now) is { } kind)
            {
                sent += await SendForSessionAsync(item.Event, item.Session, kind, now, ct);
            }
        }

        return sent;
    }

    private async Task<int> SendForSessionAsync(LiveEvent liveEvent, EventSession session, ReminderKind kind, DateTime now, CancellationToken ct)
    {
        var registrations = await db.Registrations.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(r => r.EventId == liveEvent.Id && r.Status == RegistrationStatus.Confirmed)
            .Where(r => !db.Reminders.IgnoreQueryFilters(Tenant).Any(d => d.RegistrationId == r.Id && d.SessionId == session.Id && d.Kind == kind))
            .ToListAsync(ct);
        if (registrations.Count == 0)
        {
            return 0;
        }

        var sessionCount = await db.Sessions.IgnoreQueryFilters(Tenant).CountAsync(s => s.EventId == liveEvent.Id, ct);
        var userIds = registrations.Select(r => r.UserId).ToList();
        var emails = (await people.ActiveMembersAsync(liveEvent.NetworkId, userIds, ct)).ToDictionary(m => m.UserId, m => m.Email);
        var personNames = await names.GetAsync(userIds, ct);
        var slug = (await networks.FindAsync(liveEvent.NetworkId, ct))?.Slug ?? "";
        var sent = 0;
        foreach (var registration in registrations)
        {
            if (!emails.TryGetValue(registration.UserId, out var email) || !await ClaimAsync(liveEvent, session, registration, kind, now, ct))
            {
                continue;
            }

            var to = new MailRecipient(email, personNames.GetValueOrDefault(registration.UserId) ?? email, slug);
            await mail.ReminderAsync(to, liveEvent, session, sessionCount, registration, kind, ct);
            sent++;
        }

        return sent;
    }

    /// <summary>Records the reminder as sent; false when another run recorded it first.</summary>
    private async Task<bool> ClaimAsync(LiveEvent liveEvent, EventSession session, Registration registration, ReminderKind kind, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.Reminders.Add(ReminderDelivery.Create(liveEvent.NetworkId, registration.Id, session.Id, kind, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
