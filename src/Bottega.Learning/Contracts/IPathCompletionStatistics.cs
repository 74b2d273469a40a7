namespace Bottega.Learning.Contracts;

/// <summary>A published path of a network whose completion can be measured (it has required courses).</summary>
public sealed record PathSummary(Guid Id, string Title, int RequiredCourses);

/// <summary>
/// One member organization of a network on a path: <see cref="Population"/> people of the organization enrolled in the
/// path by the population date, of whom <see cref="Completed"/> completed it by the deadline. A union of municipalities
/// counts its own people and those of its municipalities.
/// </summary>
public sealed record OrganizationPathCompletion(Guid OrganizationId, string OrganizationName, bool IsUnion, int Population, int Completed);

/// <summary>
/// Completion of a path by the member organizations of a network, for awards and reports. A person is in an
/// organization's population when their active membership in the network names that organization (or, for a union,
/// one of its municipalities) and they were enrolled (not waiting for approval, not rejected; a later withdrawal still
/// counts) in at least one required course of the path by <c>enrolledBy</c>; they completed the path when every
/// required course was completed by <c>completedBy</c>.
/// </summary>
public interface IPathCompletionStatistics
{
    /// <summary>The network's published paths with at least one required course, by title.</summary>
    Task<IReadOnlyList<PathSummary>> ListPathsAsync(Guid networkId, CancellationToken cancellationToken);

    /// <summary>Every active member organization of the network, with its figures; null when the path is not the network's.</summary>
    Task<IReadOnlyList<OrganizationPathCompletion>?> ByOrganizationAsync(Guid networkId, Guid pathId, DateTime enrolledBy, DateTime completedBy,
        CancellationToken cancellationToken);

    /// <summary>
    /// The network's published paths that include the course and that the person has now completed (every required
    /// course published, offered in the network and completed), for the path badges a course completion earns.
    /// </summary>
    Task<IReadOnlyList<Guid>> PathsCompletedWithAsync(Guid networkId, Guid userId, Guid courseId, CancellationToken cancellationToken);
}
