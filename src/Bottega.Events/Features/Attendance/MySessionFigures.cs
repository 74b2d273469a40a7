namespace Bottega.Events.Features.Attendance;

/// <summary>One session as its participant sees their own figures (null: not recorded, or not given by the provider).</summary>
public sealed record MySessionFigures(int Number, string? Title, DateTime StartsAt, bool Recorded, bool Attended, int? MinutesPresent, int? WebcamMinutes,
    int? TalkSeconds, int? ChatMessages, int? PollAnswers, decimal Hours);
