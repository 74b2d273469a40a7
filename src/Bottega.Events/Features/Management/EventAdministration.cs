using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Events.Features.Registrations;
using Bottega.Events.Features.Scheduling;
using Bottega.Learning.Contracts;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bottega.Events.Features.Management;

/// <summary>
/// The organizers' side of events in the current network: create and edit, sessions, audience, publish, cancel. Every
/// change is audited and keeps the event's schedule (<see cref="LiveEvent.StartsAt"/>, <see cref="LiveEvent.EndsAt"/>)
/// and the session numbers in step. The acting person is a parameter, so the demo seed can call it outside a request.
/// </summary>
public sealed class EventAdministration
{
    private const string Cancelled = "L'evento è annullato: non si può più modificare.";
    private const string ClosingAfterStart = "La chiusura delle iscrizioni deve precedere l'inizio della prima sessione.";

    private readonly EventsDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly EventMail mail;
    private readonly IPersonNames names;
    private readonly INetworkPeople people;
    private readonly INetworkDirectory networks;
    private readonly ILearningCatalogLookup catalog;
    private readonly ILiveSessionObjects liveSessions;
    private readonly EventsOptions options;
    private readonly IEnumerable<ICapacityIncreased> capacityIncreased;
    private readonly AuditTrail audit;

    internal EventAdministration(EventsDbContext db, ITenantContext tenant, TimeProvider time, EventMail mail, IPersonNames names, INetworkPeople people, INetworkDirectory networks,
        ILearningCatalogLookup catalog, ILiveSessionObjects liveSessions, IOptions<EventsOptions> options, IEnumerable<ICapacityIncreased> capacityIncreased, AuditTrail audit)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.mail = mail;
        this.names = names;
        this.people = people;
        this.networks = networks;
        this.catalog = catalog;
        this.liveSessions = liveSessions;
        this.options = options.Value;
        this.capacityIncreased = capacityIncreased;
        this.audit = audit;
    }

    private NetworkRef Network => tenant.Network ?? throw new InvalidOperationException("No network in this scope.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The courses of the network's catalogue an event may be linked to.</summary>
    public Task<IReadOnlyList<CatalogCourse>> CoursesAsync(CancellationToken ct) => catalog.CoursesAsync(Network.Id, ct);

    /// <summary>The network's member organizations, for the audience.</summary>
    public Task<IReadOnlyList<OrganizationInfo>> MemberOrganizationsAsync(CancellationToken ct) => networks.ListActiveMemberOrganizationsAsync(Network.Id, ct);

    /// <summary>A new draft event; its id on success.</summary>
    public async Task<ManagementResult> CreateAsync(EventForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (error, closesAt) = await CheckEventAsync(form, ct);
        if (error is not null)
        {
            return ManagementResult.Refused(error);
        }

        var ev = LiveEvent.Create(Network.Id, form.Kind, form.Title!, form.Description, form.RegistrationMode, form.Capacity, actorId, Now);
        ev.Update(form.Kind, form.Title!, form.Description, form.RegistrationMode, form.Capacity, closesAt, form.CourseId, form.AttendanceThresholdPercent,
            form.EngagementDetailPurpose);
        db.Events.Add(ev);
        Audit("events.created", ev.Id, actorId, ev.Title);
        await db.SaveChangesAsync(ct);
        return ManagementResult.Ok(ev.Id);
    }

    public async Task<ManagementResult> UpdateAsync(Guid eventId, EventForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return ManagementResult.Missing;
        }

        var (error, closesAt) = await CheckEventAsync(form, ct);
        error ??= ev.Status == EventStatus.Cancelled ? Cancelled : null;
        error ??= form.Capacity is { } seats && seats < ev.ConfirmedCount ? "I posti non possono essere meno degli iscritti confermati." : null;
        error ??= closesAt is { } closes && ev.StartsAt is { } first && closes >= first ? ClosingAfterStart : null;
        if (error is not null)
        {
            return ManagementResult.Refused(error);
        }

        var seatsAdded = ev.Status == EventStatus.Published && form.Capacity != ev.Capacity && (form.Capacity is null || form.Capacity > ev.Capacity);
        var courseChanged = ev.CourseId != form.CourseId;
        ev.Update(form.Kind, form.Title!, form.Description, form.RegistrationMode, form.Capacity, closesAt, form.CourseId, form.AttendanceThresholdPercent,
            form.EngagementDetailPurpose);
        Audit("events.updated", ev.Id, actorId, ev.Title);
        await db.SaveChangesAsync(ct);
        if (courseChanged && ev.Status == EventStatus.Published)
        {
            await EnsureCourseObjectsAsync(ev, await SessionsOfAsync(ev.Id, ct), ct);
        }

        if (seatsAdded)
        {
            foreach (var hook in capacityIncreased)
            {
                await hook.CapacityIncreasedAsync(ev.Id, ct);
            }
        }

        return ManagementResult.Ok(ev.Id);
    }

    /// <summary>Adds a session (and, with <see cref="SessionForm.RepeatWeeks"/>, the same on the following weeks); the id of the first.</summary>
    public async Task<ManagementResult> AddSessionAsync(Guid eventId, SessionForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return ManagementResult.Missing;
        }

        if (CheckSession(ev, form) is { } error)
        {
            return ManagementResult.Refused(error);
        }

        var times = SessionTimes.Weekly(form.Day!.Value, form.Time!.Value, form.RepeatWeeks + 1);
        if (times.FirstOrDefault(t => !t.Succeeded) is { } missing)
        {
            return ManagementResult.Refused(missing.Error!);
        }

        var sessions = await SessionsOfAsync(ev.Id, ct);
        var added = times.Select(t => EventSession.Create(Network.Id, ev.Id, 0, form.Title, t.StartsAtUtc!.Value, form.DurationMinutes, PlaceOf(form),
            ProviderOf(form), MeetingUrlOf(form), form.Speakers, form.Hours)).ToList();
        sessions.AddRange(added);
        if (Reschedule(ev, sessions) is { } closing)
        {
            return ManagementResult.Refused(closing);
        }

        db.Sessions.AddRange(added);
        Audit("events.session.added", ev.Id, actorId, string.Join(", ", added.Select(s => s.StartsAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))));
        await db.SaveChangesAsync(ct);
        if (ev.Status == EventStatus.Published)
        {
            await EnsureCourseObjectsAsync(ev, added, ct);
        }

        return ManagementResult.Ok(added[0].Id);
    }

    public async Task<ManagementResult> UpdateSessionAsync(Guid eventId, Guid sessionId, SessionForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        var sessions = ev is null ? [] : await SessionsOfAsync(ev.Id, ct);
        var session = sessions.FirstOrDefault(s => s.Id == sessionId);
        if (ev is null || session is null)
        {
            return ManagementResult.Missing;
        }

        if (CheckSession(ev, form) is { } error)
        {
            return ManagementResult.Refused(error);
        }

        var start = SessionTimes.ToUtc(form.Day!.Value, form.Time!.Value);
        if (!start.Succeeded)
        {
            return ManagementResult.Refused(start.Error!);
        }

        session.Update(form.Title, start.StartsAtUtc!.Value, form.DurationMinutes, PlaceOf(form), ProviderOf(form), MeetingUrlOf(form), form.Speakers, form.Hours);
        if (Reschedule(ev, sessions) is { } closing)
        {
            return ManagementResult.Refused(closing);
        }

        Audit("events.session.updated", ev.Id, actorId, session.Id.ToString());
        await db.SaveChangesAsync(ct);
        if (ev.Status == EventStatus.Published)
        {
            await EnsureCourseObjectsAsync(ev, [session], ct);
        }

        return ManagementResult.Ok(session.Id);
    }

    /// <summary>Removes a session nobody has attended yet; a published event keeps at least one.</summary>
    public async Task<ManagementResult> RemoveSessionAsync(Guid eventId, Guid sessionId, Guid actorId, CancellationToken ct)
    {
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        var sessions = ev is null ? [] : await SessionsOfAsync(ev.Id, ct);
        var session = sessions.FirstOrDefault(s => s.Id == sessionId);
        if (ev is null || session is null)
        {
            return ManagementResult.Missing;
        }

        string? error = ev.Status == EventStatus.Cancelled ? Cancelled : null;
        error ??= await db.Attendances.AnyAsync(a => a.SessionId == sessionId && a.Attended, ct)
            ? "Qualcuno ha già partecipato a questa sessione: non si può eliminare."
            : null;
        error ??= ev.Status == EventStatus.Published && sessions.Count == 1 ? "Un evento pubblicato deve avere almeno una sessione." : null;
        if (error is not null)
        {
            return ManagementResult.Refused(error);
        }

        sessions.Remove(session);
        db.Sessions.Remove(session);
        Reschedule(ev, sessions, checkClosing: false);
        Audit("events.session.removed", ev.Id, actorId, session.Id.ToString());
        await db.SaveChangesAsync(ct);
        return ManagementResult.Ok(ev.Id);
    }

    /// <summary>
    /// Who the event is for: member organizations of the network and job roles (free text); both empty: the whole network.
    /// </summary>
    public async Task<ManagementResult> SetAudienceAsync(Guid eventId, IReadOnlyCollection<Guid> organizationIds, IReadOnlyCollection<string> jobRoles, Guid actorId,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        ArgumentNullException.ThrowIfNull(jobRoles);
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return ManagementResult.Missing;
        }

        var roles = jobRoles.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var members = (await networks.ListActiveMemberOrganizationsAsync(Network.Id, ct)).Select(o => o.Id).ToHashSet();
        string? error = ev.Status == EventStatus.Cancelled ? Cancelled : null;
        error ??= organizationIds.Any(id => !members.Contains(id)) ? "Scegli enti aderenti alla rete." : null;
        error ??= roles.Count > 50 || roles.Any(r => r.Length > 200) ? "Indica al massimo 50 ruoli, ciascuno di al massimo 200 caratteri." : null;
        if (error is not null)
        {
            return ManagementResult.Refused(error);
        }

        var wanted = organizationIds.Distinct().Select(id => (AudienceKind.Organization, id.ToString()))
            .Concat(roles.Select(r => (AudienceKind.JobRole, r))).ToList();
        var current = await db.Audiences.Where(a => a.EventId == ev.Id).ToListAsync(ct);
        db.Audiences.RemoveRange(current.Where(a => !wanted.Any(w => w.Item1 == a.Kind && string.Equals(w.Item2, a.Value, StringComparison.OrdinalIgnoreCase))));
        db.Audiences.AddRange(wanted.Where(w => !current.Any(a => a.Kind == w.Item1 && string.Equals(w.Item2, a.Value, StringComparison.OrdinalIgnoreCase)))
            .Select(w => EventAudience.Create(Network.Id, ev.Id, w.Item1, w.Item2)));
        Audit("events.audience.set", ev.Id, actorId, $"{organizationIds.Count} enti, {roles.Count} ruoli");
        await db.SaveChangesAsync(ct);
        return ManagementResult.Ok(ev.Id);
    }

    /// <summary>Publishes a draft with at least one session; a linked course gets a live-session object for every session.</summary>
    public async Task<ManagementResult> PublishAsync(Guid eventId, Guid actorId, CancellationToken ct)
    {
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return ManagementResult.Missing;
        }

        var sessions = await SessionsOfAsync(ev.Id, ct);
        string? error = ev.Status == EventStatus.Cancelled ? Cancelled : null;
        error ??= sessions.Count == 0 ? "Aggiungi almeno una sessione prima di pubblicare l'evento." : null;
        error ??= ev.RegistrationClosesAt is { } closes && closes >= sessions.Min(s => s.StartsAt) ? ClosingAfterStart : null;
        if (error is not null)
        {
            return ManagementResult.Refused(error);
        }

        if (ev.Status == EventStatus.Draft)
        {
            ev.Publish(Now);
            Audit("events.published", ev.Id, actorId, ev.Title);
            await db.SaveChangesAsync(ct);
        }

        await EnsureCourseObjectsAsync(ev, sessions, ct);
        return ManagementResult.Ok(ev.Id);
    }

    /// <summary>Cancels the event and e-mails the reason to everyone with an active registration (pending, confirmed, waiting).</summary>
    public async Task<ManagementResult> CancelAsync(Guid eventId, string? reason, Guid actorId, CancellationToken ct)
    {
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return ManagementResult.Missing;
        }

        string? error = ev.Status == EventStatus.Cancelled ? "L'evento è già annullato." : null;
        error ??= string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000 ? "Scrivi il motivo dell'annullamento (al massimo 1000 caratteri)." : null;
        if (error is not null)
        {
            return ManagementResult.Refused(error);
        }

        var why = reason!.Trim();
        ev.Cancel(Now);
        Audit("events.cancelled", ev.Id, actorId, why);
        await db.SaveChangesAsync(ct);

        var registrants = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == ev.Id && (r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Select(r => r.UserId).ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == ev.Id).ToListAsync(ct);
        var members = await people.ActiveMembersAsync(Network.Id, registrants, ct);
        var named = await names.GetAsync(members.Select(m => m.UserId), ct);
        foreach (var person in members)
        {
            await mail.EventCancelledAsync(new MailRecipient(person.Email, named.GetValueOrDefault(person.UserId, person.Email), Network.Slug), ev, sessions, why, ct);
        }

        return ManagementResult.Ok(ev.Id);
    }

    private async Task<(string? Error, DateTime? ClosesAt)> CheckEventAsync(EventForm form, CancellationToken ct)
    {
        if (EventRules.CheckEvent(form) is { } error)
        {
            return (error, null);
        }

        var closes = EventRules.RegistrationCloses(form);
        if (closes is { Succeeded: false })
        {
            return (closes.Error, null);
        }

        if (form.CourseId is { } courseId && !(await catalog.CoursesAsync(Network.Id, ct)).Any(c => c.Id == courseId))
        {
            return ("Scegli un corso del catalogo della rete.", null);
        }

        return (null, closes?.StartsAtUtc);
    }

    private string? CheckSession(LiveEvent ev, SessionForm form) =>
        ev.Status == EventStatus.Cancelled ? Cancelled : EventRules.CheckSession(form, options.BigBlueButton.IsConfigured);

    private Task<List<EventSession>> SessionsOfAsync(Guid eventId, CancellationToken ct) => db.Sessions.Where(s => s.EventId == eventId).ToListAsync(ct);

    /// <summary>Numbers the sessions in time order and sets the event's first start and last end; refuses a first session before registration closes.</summary>
    private static string? Reschedule(LiveEvent ev, List<EventSession> sessions, bool checkClosing = true)
    {
        var ordered = sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToList();
        if (checkClosing && ordered.Count > 0 && ev.RegistrationClosesAt is { } closes && closes >= ordered[0].StartsAt)
        {
            return ClosingAfterStart;
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Renumber(i + 1);
        }

        ev.Schedule(ordered.Count == 0 ? null : ordered[0].StartsAt, ordered.Count == 0 ? null : ordered.Max(s => s.EndsAt));
        return null;
    }

    /// <summary>Learning's objects live in its own tables: called after this module's save, and idempotent, so publishing again repairs a failure.</summary>
    private async Task EnsureCourseObjectsAsync(LiveEvent ev, IEnumerable<EventSession> sessions, CancellationToken ct)
    {
        if (ev.CourseId is not { } courseId)
        {
            return;
        }

        foreach (var session in sessions.OrderBy(s => s.StartsAt))
        {
            var title = session.Title is null ? $"{ev.Title} — sessione {session.Number}" : $"{ev.Title} — {session.Title}";
            await liveSessions.EnsureLiveSessionObjectAsync(courseId, session.Id, title, session.StartsAt, session.DurationMinutes, ct);
        }
    }

    private static string? PlaceOf(SessionForm form) => form.Online ? null : form.Place;

    private static MeetingProvider ProviderOf(SessionForm form) => form.Online ? form.Provider : MeetingProvider.None;

    private static string? MeetingUrlOf(SessionForm form) => form.Online && form.Provider == MeetingProvider.External ? form.MeetingUrl : null;

    private void Audit(string action, Guid eventId, Guid actorId, string? summary) =>
        audit.RecordBy(db, actorId, Network.Id, action, "events.event", eventId, summary);
}
