using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Assessments;

/// <summary>
/// Courses recommended to a person from their latest assessed levels: in the network's published paths linked to the
/// framework, the courses that develop a competence at a level above the person's.
/// </summary>
public sealed class PathRecommendations
{
    private readonly LearningDbContext db;

    internal PathRecommendations(LearningDbContext db) => this.db = db;

    /// <summary>The level per competence from the person's completed assessments of the framework, the latest one winning.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> LevelsAsync(Guid userId, Guid frameworkId, CancellationToken cancellationToken)
    {
        var rows = await db.AssessmentResults.AsNoTracking().Where(r => r.UserId == userId)
            .Join(db.Assessments.AsNoTracking().Where(a => a.FrameworkId == frameworkId && a.UserId == userId && a.CompletedAt != null),
                r => r.AssessmentId, a => a.Id, (r, a) => new { r.CompetenceId, r.Level, a.CompletedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CompetenceId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.CompletedAt).First().Level);
    }

    public async Task<IReadOnlyList<RecommendedCourse>> ForAsync(Guid userId, Guid frameworkId, CancellationToken cancellationToken)
    {
        var levels = await LevelsAsync(userId, frameworkId, cancellationToken);

        // Paths are network-scoped: only this network's. Courses must be published and offered here.
        var steps = await db.Paths.AsNoTracking().Where(p => p.Status == CourseStatus.Published && p.FrameworkId == frameworkId)
            .Join(db.PathSteps.AsNoTracking(), p => p.Id, s => s.PathId, (p, s) => new { Path = p.Title, s.CourseId, s.Position })
            .Join(db.Offerings.AsNoTracking(), x => x.CourseId, o => o.CourseId, (x, _) => x)
            .Join(db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published), x => x.CourseId, c => c.Id,
                (x, c) => new { x.Path, x.Position, c.Id, c.Title, c.Hours })
            .ToListAsync(cancellationToken);
        var courseIds = steps.Select(s => s.Id).Distinct().ToList();
        var competences = await db.CourseCompetences.AsNoTracking().Where(cc => courseIds.Contains(cc.CourseId))
            .Join(db.Competences.AsNoTracking(), cc => cc.CompetenceId, c => c.Id, (cc, c) => new { cc.CourseId, cc.CompetenceId, cc.Level, c.Code, c.Name })
            .ToListAsync(cancellationToken);

        var recommended = new List<RecommendedCourse>();
        foreach (var step in steps.OrderBy(s => s.Path, StringComparer.CurrentCulture).ThenBy(s => s.Position))
        {
            var above = competences.Where(c => c.CourseId == step.Id && c.Level > levels.GetValueOrDefault(c.CompetenceId))
                .OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => $"{c.Code} {c.Name}").ToList();
            if (above.Count > 0 && recommended.All(r => r.CourseId != step.Id))
            {
                recommended.Add(new RecommendedCourse(step.Id, step.Title, step.Hours, step.Path, above));
            }
        }

        return recommended;
    }
}
