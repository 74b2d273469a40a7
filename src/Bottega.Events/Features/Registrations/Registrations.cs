using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Registrations;

/// <summary>
/// Registering for an event, cancelling, and the organizers' approvals. Seats are counted on the event row
/// (<see cref="LiveEvent.ConfirmedCount"/>, a concurrency token): whoever takes or frees a seat updates it, and the loser of a
/// race re-reads and decides again, so a full event never gets one person too many. The waiting list is served by
/// registration time. Methods take the acting person's id because the demo seed and jobs call them too; they work in the
/// network of the scope (a request's, or one set with <c>TenantScopes.Enter</c>).
/// </summary>
public sealed class Registrations
{
    private const int MaxAttempts = 10;
    private readonly EventsDbContext db;
    private readonly TimeProvider time;
    private readonly INetworkPeople people;
    private readonly INetworkDirectory networks;
    private readonly AuditTrail audit;
    private readonly EventMail mail;

    internal Registrations(EventsDbContext db, TimeProvider time, INetworkPeople people, INetworkDirectory networks, AuditTrail audit, EventMail mail)
    {
        this.db = db;
        this.time = time;
        this.people = people;
        this.networks = networks;
        this.audit = audit;
        this.mail = mail;
    }

    public Task<RegistrationOutcome> RegisterAsync(Guid eventId, Guid personId, Guid actorId, CancellationToken ct) =>
        RetryAsync(() => TryRegisterAsync(eventId, personId, actorId, invited: false, ct));

    /// <summary>
    /// Registers a person the caller has already authorized (a working group's coordinator inviting its members to a
    /// meeting): no organizer, referent or audience check; seats and e-mails as usual.
    /// </summary>
    internal Task<RegistrationOutcome> RegisterInvitedAsync(Guid eventId, Guid personId, Guid actorId, CancellationToken ct) =>
        RetryAsync(() => TryRegisterAsync(eventId, personId, actorId, invited: true, ct));

    public Task<RegistrationOutcome> CancelAsync(Guid eventId, Guid personId, Guid actorId, CancellationToken ct) =>
        RetryAsync(() => TryCancelAsync(eventId, personId, actorId, ct));

    /// <summary>An organizer accepts a pending request: it takes a seat, or a place on the waiting list when the event is full.</summary>
    public Task<RegistrationOutcome> ApproveAsync(Guid registrationId, Guid actorId, CancellationToken ct) =>
        RetryAsync(() => TryDecideAsync(registrationId, actorId, approve: true, ct));

    /// <summary>An organizer turns down a pending or waiting request.</summary>
    public Task<RegistrationOutcome> RejectAsync(Guid registrationId, Guid actorId, CancellationToken ct) =>
        RetryAsync(() => TryDecideAsync(registrationId, actorId, approve: false, ct));

    /// <summary>Gives free seats to the waiting list, in order (after the capacity grew); returns how many were promoted.</summary>
    public Task<int> PromoteWaitingAsync(Guid eventId, CancellationToken ct) => RetryAsync(async () =>
    {
        var liveEvent = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (liveEvent is null)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var promoted = await PromoteAsync(liveEvent, Now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await MailPromotedAsync(liveEvent, promoted, ct);
        return promoted.Count;
    });

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<RegistrationOutcome> TryRegisterAsync(Guid eventId, Guid personId, Guid actorId, bool invited, CancellationToken ct)
    {
        var now = Now;
        var liveEvent = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (liveEvent is null)
        {
            return RegistrationOutcome.Failed(RegistrationError.NotFound, "Evento non trovato.");
        }

        if (!liveEvent.AcceptsRegistrations(now))
        {
            return RegistrationOutcome.Failed(RegistrationError.Closed, "Le iscrizioni a questo evento sono chiuse.");
        }

        var person = await people.FindAsync(liveEvent.NetworkId, personId, ct);
        if (person is null)
        {
            return RegistrationOutcome.Failed(RegistrationError.NotMember, "La persona non fa parte della rete.");
        }

        var organizer = invited || await IsOrganizerAsync(liveEvent.NetworkId, actorId, ct);
        if (!invited && (actorId == personId
                ? liveEvent.RegistrationMode == RegistrationMode.ByReferent && !organizer
                : !organizer && !await IsReferentOfAsync(liveEvent.NetworkId, actorId, person, ct)))
        {
            return RegistrationOutcome.Failed(RegistrationError.NotAllowed, actorId == personId
                ? "A questo evento iscrive il referente della formazione del tuo ente."
                : "Non puoi iscrivere questa persona.");
        }

        var audience = await db.Audiences.AsNoTracking().Where(a => a.EventId == eventId).ToListAsync(ct);
        if (!invited && !AudienceRule.Admits(audience, person))
        {
            return RegistrationOutcome.Failed(RegistrationError.NotInAudience, "L'evento è riservato a un altro pubblico.");
        }

        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.UserId == personId, ct);
        if (registration is { IsActive: true })
        {
            return new RegistrationOutcome(registration.Status, "Iscrizione già presente.");
        }

        var status = liveEvent.RegistrationMode == RegistrationMode.Approval && !organizer ? RegistrationStatus.Pending
            : liveEvent.HasFreeSeat ? RegistrationStatus.Confirmed
            : RegistrationStatus.Waitlisted;
        if (registration is null)
        {
            registration = Registration.Create(liveEvent.NetworkId, eventId, personId, status, actorId, SecretTokens.New(), now);
            db.Registrations.Add(registration);
        }
        else
        {
            registration.Reopen(status, actorId, now);
        }

        if (status == RegistrationStatus.Confirmed)
        {
            TakeSeat(liveEvent, registration, now);
        }

        if (actorId != personId)
        {
            audit.RecordBy(db, actorId, liveEvent.NetworkId, "events.registration-on-behalf", nameof(Registration), registration.Id, liveEvent.Title);
        }

        await db.SaveChangesAsync(ct);
        await MailStatusAsync(liveEvent, registration, person, promoted: false, ct);
        return Outcome(status);
    }

    private async Task<RegistrationOutcome> TryCancelAsync(Guid eventId, Guid personId, Guid actorId, CancellationToken ct)
    {
        var now = Now;
        var liveEvent = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (liveEvent is null)
        {
            return RegistrationOutcome.Failed(RegistrationError.NotFound, "Evento non trovato.");
        }

        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.EventId == eventId && r.UserId == personId, ct);
        var person = await people.FindAsync(liveEvent.NetworkId, personId, ct);
        if (actorId != personId && !await IsOrganizerAsync(liveEvent.NetworkId, actorId, ct)
            && (person is null || !await IsReferentOfAsync(liveEvent.NetworkId, actorId, person, ct)))
        {
            return RegistrationOutcome.Failed(RegistrationError.NotAllowed, "Non puoi annullare l'iscrizione di questa persona.");
        }

        if (registration is not { IsActive: true })
        {
            return RegistrationOutcome.Failed(RegistrationError.NotApplicable, "Non risulta un'iscrizione da annullare.");
        }

        if (liveEvent.EndsAt is { } ends && ends <= now)
        {
            return RegistrationOutcome.Failed(RegistrationError.Closed, "L'evento è concluso.");
        }

        var heldSeat = registration.HoldsSeat;
        registration.Cancel(now);
        if (actorId != personId)
        {
            audit.RecordBy(db, actorId, liveEvent.NetworkId, "events.registration-cancelled-on-behalf", nameof(Registration), registration.Id, liveEvent.Title);
        }

        db.Reminders.RemoveRange(await db.Reminders.Where(r => r.RegistrationId == registration.Id).ToListAsync(ct));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        List<Registration> promoted = [];
        if (heldSeat)
        {
            liveEvent.SeatFreed();
            await db.SaveChangesAsync(ct);
            promoted = await PromoteAsync(liveEvent, now, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (person is not null)
        {
            await MailStatusAsync(liveEvent, registration, person, promoted: false, ct);
        }

        await MailPromotedAsync(liveEvent, promoted, ct);
        return new RegistrationOutcome(RegistrationStatus.Cancelled, "Iscrizione annullata.");
    }

    private async Task<RegistrationOutcome> TryDecideAsync(Guid registrationId, Guid actorId, bool approve, CancellationToken ct)
    {
        var now = Now;
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId, ct);
        var liveEvent = registration is null ? null : await db.Events.SingleOrDefaultAsync(e => e.Id == registration.EventId, ct);
        if (registration is null || liveEvent is null)
        {
            return RegistrationOutcome.Failed(RegistrationError.NotFound, "Iscrizione non trovata.");
        }

        if (!await IsOrganizerAsync(liveEvent.NetworkId, actorId, ct))
        {
            return RegistrationOutcome.Failed(RegistrationError.NotAllowed, "Solo gli organizzatori approvano le iscrizioni.");
        }

        if (approve ? registration.Status != RegistrationStatus.Pending : registration.Status is not (RegistrationStatus.Pending or RegistrationStatus.Waitlisted))
        {
            return RegistrationOutcome.Failed(RegistrationError.NotApplicable, "L'iscrizione non è in attesa di una decisione.");
        }

        if (approve && (liveEvent.Status != EventStatus.Published || liveEvent.EndsAt is { } ended && ended <= now))
        {
            return RegistrationOutcome.Failed(RegistrationError.Closed, "L'evento è annullato o concluso: non si approvano più iscrizioni.");
        }

        if (!approve)
        {
            registration.Reject(now);
            audit.RecordBy(db, actorId, liveEvent.NetworkId, "events.registration-rejected", nameof(Registration), registration.Id, liveEvent.Title);
        }
        else if (liveEvent.HasFreeSeat)
        {
            registration.Confirm(now);
            TakeSeat(liveEvent, registration, now);
            audit.RecordBy(db, actorId, liveEvent.NetworkId, "events.registration-approved", nameof(Registration), registration.Id, liveEvent.Title);
        }
        else
        {
            registration.Waitlist();
            audit.RecordBy(db, actorId, liveEvent.NetworkId, "events.registration-approved", nameof(Registration), registration.Id, liveEvent.Title + " (lista d'attesa)");
        }

        await db.SaveChangesAsync(ct);
        if (await people.FindAsync(liveEvent.NetworkId, registration.UserId, ct) is { } person)
        {
            await MailStatusAsync(liveEvent, registration, person, promoted: false, ct);
        }

        return approve ? new RegistrationOutcome(registration.Status, registration.Status == RegistrationStatus.Confirmed
                ? "Iscrizione approvata."
                : "Iscrizione approvata: posti esauriti, la persona è in lista d'attesa.")
            : new RegistrationOutcome(RegistrationStatus.Rejected, "Iscrizione respinta.");
    }

    /// <summary>
    /// Promotes the waiting list into free seats. Each promotion claims its registration with a conditional update, so two
    /// cancellations at once cannot both promote the same person (the second retries and takes the next one).
    /// </summary>
    private async Task<List<Registration>> PromoteAsync(LiveEvent liveEvent, DateTime now, CancellationToken ct)
    {
        var promoted = new List<Registration>();
        if (liveEvent.Status != EventStatus.Published || (liveEvent.StartsAt is { } starts && starts <= now))
        {
            return promoted;
        }

        while (liveEvent.HasFreeSeat)
        {
            var next = await db.Registrations.Where(r => r.EventId == liveEvent.Id && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                break;
            }

            var claimed = await db.Registrations.Where(r => r.Id == next.Id && r.Status == RegistrationStatus.Waitlisted)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Confirmed).SetProperty(r => r.ConfirmedAt, now)
                    .SetProperty(r => r.PromotedAt, now), ct);
            if (claimed == 0)
            {
                throw new DbUpdateConcurrencyException("Another promotion took this registration.");
            }

            await db.Entry(next).ReloadAsync(ct);
            TakeSeat(liveEvent, next, now);
            promoted.Add(next);
        }

        return promoted;
    }

    /// <summary>Counts the seat on the event (the concurrency token) and records the confirmation e-mail as due, so it goes once.</summary>
    private void TakeSeat(LiveEvent liveEvent, Registration registration, DateTime now)
    {
        liveEvent.SeatTaken();
        db.Reminders.Add(ReminderDelivery.Create(liveEvent.NetworkId, registration.Id, Guid.Empty, ReminderKind.Confirmation, now));
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> attempt)
    {
        for (var tries = 1; ; tries++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await attempt();
            }
            catch (DbUpdateException) when (tries < MaxAttempts)
            {
                // A race for the last seat (the event's count changed) or a double submit (the unique person-and-event
                // index): read again and decide again; a second registration then finds the first.
            }
        }
    }

    private async Task<bool> IsOrganizerAsync(Guid networkId, Guid actorId, CancellationToken ct)
    {
        var members = await people.ActiveMembersAsync(networkId, [actorId], ct);
        return members is [var member, ..] && EventLabels.IsOrganizer(member.Roles);
    }

    private async Task<bool> IsReferentOfAsync(Guid networkId, Guid actorId, NetworkPerson person, CancellationToken ct) =>
        person.OrganizationId is { } organizationId && await people.ReferentOfAsync(networkId, actorId, ct) == organizationId;

    private async Task MailStatusAsync(LiveEvent liveEvent, Registration registration, NetworkPerson person, bool promoted, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == liveEvent.Id).ToListAsync(ct);
        var to = new MailRecipient(person.Email, person.Name, await SlugAsync(liveEvent.NetworkId, ct));
        await (registration.Status switch
        {
            RegistrationStatus.Confirmed => mail.ConfirmedAsync(to, liveEvent, sessions, registration, promoted, ct),
            RegistrationStatus.Waitlisted => mail.WaitlistedAsync(to, liveEvent, sessions, ct),
            RegistrationStatus.Pending => mail.PendingAsync(to, liveEvent, sessions, ct),
            RegistrationStatus.Cancelled => mail.CancelledAsync(to, liveEvent, sessions, ct),
            _ => mail.RejectedAsync(to, liveEvent, sessions, ct),
        });
    }

    private async Task MailPromotedAsync(LiveEvent liveEvent, List<Registration> promoted, CancellationToken ct)
    {
        foreach (var registration in promoted)
        {
            if (await people.FindAsync(liveEvent.NetworkId, registration.UserId, ct) is { } person)
            {
                await MailStatusAsync(liveEvent, registration, person, promoted: true, ct);
            }
        }
    }

    private async Task<string> SlugAsync(Guid networkId, CancellationToken ct) => (await networks.FindAsync(networkId, ct))?.Slug ?? "";

    private static RegistrationOutcome Outcome(RegistrationStatus status) => new(status, status switch
    {
        RegistrationStatus.Confirmed => "Iscrizione confermata.",
        RegistrationStatus.Waitlisted => "Posti esauriti: iscrizione in lista d'attesa.",
        _ => "Richiesta di iscrizione inviata: la devono approvare gli organizzatori.",
    });
}
