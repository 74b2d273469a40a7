namespace Bottega.Events.Features.Attendance;

/// <summary>A person's own figures at an event's sessions, the hours earned and what they can do next.</summary>
public sealed record MyAttendanceView(IReadOnlyList<MySessionFigures> Sessions, decimal HoursEarned, bool CanDownloadCertificate, bool CanGiveFeedback);
