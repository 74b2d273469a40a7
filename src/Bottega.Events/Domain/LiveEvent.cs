using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>
/// A webinar, virtual classroom, in-person course day, focus group or social event of a network, with one or more
/// sessions. People register for the event (all its sessions); attendance is per session.
/// </summary>
public sealed class LiveEvent : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public EventKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Markdown, rendered sanitized.</summary>
    public string? Description { get; private set; }

    public EventStatus Status { get; private set; }

    public RegistrationMode RegistrationMode { get; private set; }

    /// <summary>Seats; null when there is no limit.</summary>
    public int? Capacity { get; private set; }

    /// <summary>
    /// Confirmed registrations, kept with the row so a seat is taken with one optimistic update: two people racing for
    /// the last seat cannot both get it (the loser's update fails on this concurrency token and is retried).
    /// </summary>
    public int ConfirmedCount { get; private set; }

    /// <summary>Registration closes at this instant (UTC); null: when the first session starts.</summary>
    public DateTime? RegistrationClosesAt { get; private set; }

    /// <summary>The course whose live-session objects this event's attendance completes.</summary>
    public Guid? CourseId { get; private set; }

    /// <summary>Share of a session's duration a person must be present for it to count as attended (and its hours recorded).</summary>
    public int AttendanceThresholdPercent { get; private set; } = 75;

    /// <summary>
    /// The documented purpose (for example an agreement under art. 4 of the Workers' Statute) that allows organizers
    /// to see per-person engagement figures; null: organizers see aggregates only.
    /// </summary>
    public string? EngagementDetailPurpose { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    /// <summary>Start of the first session (UTC), kept for the calendar's ordering and filters.</summary>
    public DateTime? StartsAt { get; private set; }

    /// <summary>End of the last session (UTC).</summary>
    public DateTime? EndsAt { get; private set; }

    private LiveEvent()
    {
    }

    public static LiveEvent Create(Guid networkId, EventKind kind, string title, string? description, RegistrationMode mode, int? capacity,
        Guid createdBy, DateTime now) => new()
        {
            NetworkId = networkId,
            Kind = kind,
            Title = title.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            RegistrationMode = mode,
            Capacity = capacity,
            Status = EventStatus.Draft,
            CreatedBy = createdBy,
            CreatedAt = now,
        };

    public void Update(EventKind kind, string title, string? description, RegistrationMode mode, int? capacity, DateTime? registrationClosesAt,
        Guid? courseId, int attendanceThresholdPercent, string? engagementDetailPurpose)
    {
        Kind = kind;
        Title = title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        RegistrationMode = mode;
        Capacity = capacity;
        RegistrationClosesAt = registrationClosesAt;
        CourseId = courseId;
        AttendanceThresholdPercent = attendanceThresholdPercent;
        EngagementDetailPurpose = string.IsNullOrWhiteSpace(engagementDetailPurpose) ? null : engagementDetailPurpose.Trim();
    }

    public void Publish(DateTime now)
    {
        Status = EventStatus.Published;
        PublishedAt ??= now;
    }

    public void Cancel(DateTime now)
    {
        Status = EventStatus.Cancelled;
        CancelledAt = now;
    }

    /// <summary>Keeps <see cref="StartsAt"/> and <see cref="EndsAt"/> in step with the sessions.</summary>
    public void Schedule(DateTime? startsAt, DateTime? endsAt)
    {
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    public bool HasFreeSeat => Capacity is null || ConfirmedCount < Capacity;

    public void SeatTaken() => ConfirmedCount++;

    public void SeatFreed() => ConfirmedCount = Math.Max(0, ConfirmedCount - 1);

    /// <summary>Registration is open until it closes or the first session starts, whichever is first.</summary>
    public bool AcceptsRegistrations(DateTime now) =>
        Status == EventStatus.Published && now < (RegistrationClosesAt ?? StartsAt ?? DateTime.MaxValue) && (StartsAt is null || now < StartsAt);
}
