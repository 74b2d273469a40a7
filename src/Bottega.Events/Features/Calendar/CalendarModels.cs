using Bottega.Events.Domain;

namespace Bottega.Events.Features.Calendar;

/// <summary>The calendar's filters: kind, only the person's events, past instead of upcoming; page of the list view.</summary>
public sealed record CalendarFilter(EventKind? Kind, bool Mine, bool Past, int Page = 1);

/// <summary>An event in the calendar's list.</summary>
public sealed record CalendarEventRow(Guid Id, EventKind Kind, string Title, EventStatus Status, DateTime StartsAt, DateTime EndsAt, int Sessions, int? Capacity,
    int Confirmed);

public sealed record CalendarPage(IReadOnlyList<CalendarEventRow> Events, int Page, int PageCount, int Total);

/// <summary>A session in the month grid.</summary>
public sealed record CalendarSessionRow(Guid EventId, Guid SessionId, string EventTitle, int Number, int SessionCount, DateTime StartsAt, EventKind Kind, bool Cancelled);

/// <summary>A Rome month: its sessions by Rome day.</summary>
public sealed record CalendarMonth(int Year, int Month, IReadOnlyDictionary<DateOnly, IReadOnlyList<CalendarSessionRow>> Days)
{
    public DateOnly First => new(Year, Month, 1);

    public IReadOnlyList<CalendarSessionRow> On(DateOnly day) => Days.TryGetValue(day, out var sessions) ? sessions : [];
}

/// <summary>An event with everything its page and its edit form show.</summary>
public sealed record EventDetails(Guid Id, EventKind Kind, string Title, string? Description, EventStatus Status, RegistrationMode RegistrationMode, int? Capacity,
    int Confirmed, DateTime? RegistrationClosesAt, Guid? CourseId, string? CourseTitle, int AttendanceThresholdPercent, string? EngagementDetailPurpose,
    DateTime? StartsAt, DateTime? EndsAt, DateTime? CancelledAt, IReadOnlyList<SessionDetails> Sessions, IReadOnlyList<AudienceOrganization> Organizations,
    IReadOnlyList<string> JobRoles)
{
    public decimal TotalHours => Sessions.Sum(s => s.Hours);
}

public sealed record SessionDetails(Guid Id, int Number, string? Title, DateTime StartsAt, int DurationMinutes, string? Place, MeetingProvider Provider,
    string? MeetingUrl, string? Speakers, decimal Hours)
{
    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public IReadOnlyList<string> SpeakerLines =>
        Speakers is null ? [] : [.. Speakers.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

public sealed record AudienceOrganization(Guid Id, string Name);
