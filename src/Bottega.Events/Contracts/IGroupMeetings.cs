namespace Bottega.Events.Contracts;

/// <summary>
/// Meetings of a small team (a working group) as events of this module: a published focus group with one session,
/// nobody registers on their own, the participants are registered by the organizer and get the usual confirmation
/// e-mail with the calendar invitation.
/// </summary>
public interface IGroupMeetings
{
    /// <summary>Schedules the meeting in the network (in person at <paramref name="place"/> or online at <paramref name="onlineUrl"/>).</summary>
    Task<GroupMeetingResult> ScheduleAsync(Guid networkId, Guid organizerId, string title, string? description, DateTime startsAtUtc, TimeSpan duration,
        string? place, string? onlineUrl, IReadOnlyCollection<Guid> participantIds, CancellationToken ct);

    /// <summary>These meetings of the network (unknown ids are skipped), in time order.</summary>
    Task<IReadOnlyList<GroupMeeting>> ListAsync(Guid networkId, IReadOnlyCollection<Guid> eventIds, CancellationToken ct);
}

/// <summary>The event created for the meeting, or the reason (an Italian sentence) it was refused.</summary>
public sealed record GroupMeetingResult(Guid? EventId, string? Error)
{
    public bool Succeeded => EventId is not null;
}

/// <summary>A meeting as a list shows it; <see cref="Url"/> is the event's page, relative to the site.</summary>
public sealed record GroupMeeting(Guid EventId, string Title, DateTime StartsAt, DateTime? EndsAt, string? Place, bool Online, bool Cancelled, string Url);
