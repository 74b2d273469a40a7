using Bottega.Events.Domain;

namespace Bottega.Events.Features.Attendance;

/// <summary>A session as the attendance page shows it, with its event's threshold and engagement-detail purpose.</summary>
public sealed record AttendanceSessionView(Guid EventId, string EventTitle, Guid SessionId, int Number, string? Title, DateTime StartsAt, int DurationMinutes,
    MeetingProvider Provider, int ThresholdPercent, string? EngagementDetailPurpose);
