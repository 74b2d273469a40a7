using Bottega.Events.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Groups;

/// <summary>
/// The coordinator (or a network admin) plans a meeting of the group: an event of the events module with every member
/// registered (they get its invitation by e-mail), remembered here so the group's page lists it.
/// </summary>
public sealed class GroupMeetingScheduling
{
    private readonly LibraryDbContext db;
    private readonly TimeProvider time;
    private readonly AuditTrail audit;
    private readonly GroupPeople people;
    private readonly IGroupMeetings meetings;

    internal GroupMeetingScheduling(LibraryDbContext db, TimeProvider time, AuditTrail audit, GroupPeople people, IGroupMeetings meetings)
    {
        this.db = db;
        this.time = time;
        this.audit = audit;
        this.people = people;
        this.meetings = meetings;
    }

    public async Task<GroupResult> ScheduleAsync(string slug, MeetingInput input, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var group = await db.WorkingGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Slug == slug, ct);
        if (group is null)
        {
            return GroupResult.Missing;
        }

        if (group.IsArchived || !await people.CanManageAsync(group, actorId, ct))
        {
            return GroupResult.Refused("Solo il coordinatore del gruppo o un amministratore della rete pianifica gli incontri.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (startsAt, error) = Check(input, now);
        if (error is not null)
        {
            return GroupResult.Refused(error);
        }

        var members = await db.WorkingGroupMembers.AsNoTracking().Where(m => m.GroupId == group.Id).Select(m => m.PersonId).ToListAsync(ct);
        var description = string.IsNullOrWhiteSpace(input.Description) ? $"Incontro del gruppo di lavoro «{group.Name}»." : input.Description.Trim();
        var scheduled = await meetings.ScheduleAsync(group.NetworkId, actorId, input.Title!.Trim(), description, startsAt, TimeSpan.FromMinutes(input.DurationMinutes),
            input.Place, input.OnlineUrl, members, ct);
        if (scheduled.EventId is not { } eventId)
        {
            return GroupResult.Refused(scheduled.Error ?? "L'incontro non è stato pianificato.");
        }

        db.WorkingGroupMeetings.Add(WorkingGroupMeeting.Create(group.NetworkId, group.Id, eventId, startsAt, actorId, now));
        audit.RecordBy(db, actorId, group.NetworkId, "library.group.meeting.scheduled", "library.group", group.Id, eventId.ToString());
        await db.SaveChangesAsync(ct);
        return GroupResult.Ok(group.Slug);
    }

    private static (DateTime StartsAt, string? Error) Check(MeetingInput input, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            return (default, "Scrivi il titolo dell'incontro (al massimo 200 caratteri).");
        }

        if ((input.Description?.Length ?? 0) > 5000)
        {
            return (default, "La descrizione può avere al massimo 5000 caratteri.");
        }

        if (input.Day is not { } day || input.Time is not { } clock)
        {
            return (default, "Indica il giorno e l'ora dell'incontro.");
        }

        if (input.DurationMinutes is < 15 or > 600)
        {
            return (default, "La durata deve essere tra 15 e 600 minuti.");
        }

        var online = !string.IsNullOrWhiteSpace(input.OnlineUrl);
        if (online == !string.IsNullOrWhiteSpace(input.Place))
        {
            return (default, "Indica il luogo dell'incontro oppure il collegamento online (uno dei due).");
        }

        if (online && !(Uri.TryCreate(input.OnlineUrl!.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            return (default, "Il collegamento deve essere un indirizzo completo (http o https).");
        }

        var local = DateTime.SpecifyKind(day.ToDateTime(clock), DateTimeKind.Unspecified);
        if (RomeTime.Zone.IsInvalidTime(local))
        {
            return (default, "Quest'ora non esiste a Roma (cambio dell'ora legale): scegline un'altra.");
        }

        var startsAt = TimeZoneInfo.ConvertTimeToUtc(local, RomeTime.Zone);
        return startsAt <= now ? (default, "L'incontro deve essere nel futuro.") : (startsAt, null);
    }
}
