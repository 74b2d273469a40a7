namespace Bottega.Events.Features.Attendance;

/// <summary>
/// A session's figures. <see cref="Registered"/>: confirmed registrants; <see cref="Present"/>: people with an
/// attendance row; <see cref="NoShows"/>: confirmed registrants who did not attend. Webcam, speaking and polls are
/// shares of attendees for whom the provider gave that figure; chat an average of the same; minutes an average of everyone present.
/// </summary>
public sealed record SessionFigureReport(int Registered, int Present, int Attended, int NoShows, EngagementFigure WebcamOn, EngagementFigure Spoke,
    EngagementFigure AverageMinutes, EngagementFigure AverageChatMessages, EngagementFigure PollParticipation);
