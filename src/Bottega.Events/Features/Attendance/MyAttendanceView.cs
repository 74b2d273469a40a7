namespace Bottega.Events.Features.Attendance;

/// <summary>A person's own figures at an event's sessions, the hours earned and what they can do next.</summary>
public sealed record MyAttendanceView(IReadOnlyList<MySessionFigures> Sessions, decimal HoursEarned, bool CanDownloadCertificate, bool CanGiveFeedback);

/// <summary>One session as its participant sees their own figures (null: not recorded, or not given by the provider).</summary>
public sealed record MySessionFigures(int Number, string? Title, DateTime StartsAt, bool Recorded, bool Attended, int? MinutesPresent, int? WebcamMinutes,
    int? TalkSeconds, int? ChatMessages, int? PollAnswers, decimal Hours);
