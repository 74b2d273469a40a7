using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>A meeting of a working group: the event (of the events module, by id) its coordinator scheduled.</summary>
public sealed class WorkingGroupMeeting : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>When the meeting starts (copied, so the group page lists upcoming ones without asking the events module first).</summary>
    public DateTime StartsAt { get; private set; }

    public Guid ScheduledBy { get; private set; }

    public DateTime ScheduledAt { get; private set; }

    private WorkingGroupMeeting()
    {
    }

    public static WorkingGroupMeeting Create(Guid networkId, Guid groupId, Guid eventId, DateTime startsAt, Guid scheduledBy, DateTime now) =>
        new() { NetworkId = networkId, GroupId = groupId, EventId = eventId, StartsAt = startsAt, ScheduledBy = scheduledBy, ScheduledAt = now };
}
