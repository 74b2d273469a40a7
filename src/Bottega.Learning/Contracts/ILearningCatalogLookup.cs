namespace Bottega.Learning.Contracts;

/// <summary>A course offered in a network, with the competences it develops and the level rank it develops each to.</summary>
public sealed record CatalogCourse(Guid Id, string Title, IReadOnlyList<CatalogCourseCompetence> Competences);

public sealed record CatalogCourseCompetence(Guid CompetenceId, int Level);

/// <summary>A learning path of a network.</summary>
public sealed record CatalogPath(Guid Id, string Title);

/// <summary>A competence of a framework the network sees; LevelNames[0] names rank 1.</summary>
public sealed record CatalogCompetence(Guid Id, string Code, string Name, string? Description, string FrameworkName, IReadOnlyList<string> LevelNames);

/// <summary>
/// What another module may read of a network's catalogue (credentials: the course, path or competence a badge is earned
/// by, and the competences it aligns to). Archived courses and paths are left out.
/// </summary>
public interface ILearningCatalogLookup
{
    Task<IReadOnlyList<CatalogCourse>> CoursesAsync(Guid networkId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CatalogPath>> PathsAsync(Guid networkId, CancellationToken cancellationToken);

    /// <summary>Competences of the national frameworks and of the network's own, by framework and code.</summary>
    Task<IReadOnlyList<CatalogCompetence>> CompetencesAsync(Guid networkId, CancellationToken cancellationToken);
}
