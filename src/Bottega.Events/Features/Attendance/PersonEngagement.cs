using Bottega.Events.Domain;

namespace Bottega.Events.Features.Attendance;

/// <summary>One person's figures at a session, shown to organizers only under a documented purpose.</summary>
public sealed record PersonEngagement(Guid UserId, string Name, AttendanceSource Source, DateTime? JoinedAt, DateTime? LeftAt, int MinutesPresent, int? WebcamMinutes,
    int? TalkSeconds, int? ChatMessages, int? PollAnswers, bool Attended);
