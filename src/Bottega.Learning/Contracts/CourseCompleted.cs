namespace Bottega.Learning.Contracts;

/// <summary>
/// A person completed a course. Written to the outbox in the transaction that records the completion and delivered
/// to the handlers after it commits, at least once.
/// </summary>
/// <remarks>CompetenceLevels: the course's competences with the level rank it develops them to.</remarks>
public sealed record CourseCompleted(Guid EnrolmentId, Guid UserId, Guid CourseId, Guid NetworkId, string CourseTitle, decimal Hours,
    IReadOnlyDictionary<Guid, int> CompetenceLevels, DateTime CompletedAt)
{
    public const string OutboxType = "learning.course-completed";
}

/// <summary>Implemented by modules that act on completions (credentials issue a badge). Handlers must be idempotent.</summary>
public interface ICourseCompletionHandler
{
    Task HandleAsync(CourseCompleted completion, CancellationToken cancellationToken);
}
