namespace Bottega.Learning.Contracts;

/// <summary>A person completed a course. Raised once per enrolment, in the transaction that records the completion.</summary>
public sealed record CourseCompleted(Guid EnrolmentId, Guid UserId, Guid CourseId, Guid NetworkId, string CourseTitle, decimal Hours,
    IReadOnlyList<Guid> CompetenceIds, DateTime CompletedAt);

/// <summary>Implemented by modules that act on completions (credentials issue a badge). Handlers must be idempotent.</summary>
public interface ICourseCompletionHandler
{
    Task HandleAsync(CourseCompleted completion, CancellationToken cancellationToken);
}
