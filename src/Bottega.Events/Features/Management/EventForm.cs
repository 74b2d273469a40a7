using Bottega.Events.Domain;

namespace Bottega.Events.Features.Management;

/// <summary>What an organizer sets of an event (pages bind it; the demo seed fills it).</summary>
public sealed class EventForm
{
    public EventKind Kind { get; set; } = EventKind.Webinar;

    public string? Title { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    public RegistrationMode RegistrationMode { get; set; } = RegistrationMode.Open;

    /// <summary>Seats; empty for no limit.</summary>
    public int? Capacity { get; set; }

    /// <summary>The Rome day registration closes; empty: when the first session starts.</summary>
    public DateOnly? RegistrationClosesOn { get; set; }

    /// <summary>The Rome time registration closes on <see cref="RegistrationClosesOn"/> (midnight at the start of the day when empty).</summary>
    public TimeOnly? RegistrationClosesAt { get; set; }

    public Guid? CourseId { get; set; }

    public int AttendanceThresholdPercent { get; set; } = 75;

    public string? EngagementDetailPurpose { get; set; }
}

/// <summary>One session as an organizer sets it: a Rome day and time, a duration, online or in person.</summary>
public sealed class SessionForm
{
    public string? Title { get; set; }

    public DateOnly? Day { get; set; }

    public TimeOnly? Time { get; set; }

    public int DurationMinutes { get; set; } = 60;

    /// <summary>Online (through <see cref="Provider"/>) rather than in person (at <see cref="Place"/>).</summary>
    public bool Online { get; set; }

    public MeetingProvider Provider { get; set; } = MeetingProvider.None;

    public string? MeetingUrl { get; set; }

    public string? Place { get; set; }

    /// <summary>One per line.</summary>
    public string? Speakers { get; set; }

    public decimal Hours { get; set; }

    /// <summary>Further sessions like this one on the following weeks at the same Rome time (adding only; 0–12).</summary>
    public int RepeatWeeks { get; set; }
}
