namespace Bottega.Learning.Contracts;

/// <summary>What other modules add to a person's training hours (the events module: attended live sessions).</summary>
public interface ITrainingHoursLedger
{
    /// <summary>Records hours for an attended live session; recording the same session twice for a person is a no-op.</summary>
    Task RecordLiveSessionAsync(Guid userId, Guid sessionId, DateOnly day, decimal hours, string title, Guid networkId, CancellationToken cancellationToken);

    /// <summary>Completes the live-session learning objects that reference the session, for a person enrolled in their course.</summary>
    Task RecordAttendanceAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken);
}
