using Bottega.Learning.Contracts;
using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Lookup;

/// <summary>The catalogue read by other modules: one query per list, the network given explicitly rather than taken from the request.</summary>
internal sealed class LearningCatalogLookup(LearningDbContext db) : ILearningCatalogLookup
{
    public async Task<IReadOnlyList<CatalogCourse>> CoursesAsync(Guid networkId, CancellationToken cancellationToken)
    {
        var offered = db.Offerings.IgnoreQueryFilters([BottegaModel.TenantFilter]).Where(o => o.NetworkId == networkId).Select(o => o.CourseId);
        var courses = await db.Courses.AsNoTracking().Where(c => offered.Contains(c.Id) && c.Status != CourseStatus.Archived)
            .OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken);
        var competences = (await db.CourseCompetences.AsNoTracking().Where(cc => offered.Contains(cc.CourseId))
            .Select(cc => new { cc.CourseId, cc.CompetenceId, cc.Level }).ToListAsync(cancellationToken))
            .ToLookup(cc => cc.CourseId, cc => new CatalogCourseCompetence(cc.CompetenceId, cc.Level));
        return [.. courses.Select(c => new CatalogCourse(c.Id, c.Title, [.. competences[c.Id]]))];
    }

    public async Task<IReadOnlyList<CatalogPath>> PathsAsync(Guid networkId, CancellationToken cancellationToken) =>
        await db.Paths.IgnoreQueryFilters([BottegaModel.TenantFilter]).AsNoTracking()
            .Where(p => p.NetworkId == networkId && p.Status != CourseStatus.Archived)
            .OrderBy(p => p.Title).Select(p => new CatalogPath(p.Id, p.Title)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CatalogCompetence>> CompetencesAsync(Guid networkId, CancellationToken cancellationToken)
    {
        var frameworks = db.Frameworks.Where(f => f.NetworkId == null || f.NetworkId == networkId);
        var levels = (await db.FrameworkLevels.AsNoTracking().Where(l => frameworks.Any(f => f.Id == l.FrameworkId))
            .Select(l => new { l.FrameworkId, l.Rank, l.Name }).ToListAsync(cancellationToken))
            .ToLookup(l => l.FrameworkId);
        var competences = await db.Competences.AsNoTracking().Where(c => frameworks.Any(f => f.Id == c.FrameworkId))
            .Join(db.Frameworks, c => c.FrameworkId, f => f.Id, (c, f) => new { c.Id, c.Code, c.Name, c.Description, c.FrameworkId, Framework = f.Name })
            .ToListAsync(cancellationToken);
        return
        [
            .. competences.OrderBy(c => c.Framework, StringComparer.CurrentCulture).ThenBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => new CatalogCompetence(c.Id, c.Code, c.Name, c.Description, c.Framework,
                    [.. levels[c.FrameworkId].OrderBy(l => l.Rank).Select(l => l.Name)])),
        ];
    }
}
