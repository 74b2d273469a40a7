using Bottega.Learning.Contracts;
using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Paths;

/// <summary>
/// People come from the network's memberships (<see cref="INetworkPeople"/>); their enrolments in the path's required
/// courses are counted with one grouped query per 1,000 people (the unique (course, person) index answers it). Runs
/// outside requests (the awards job), so it names the network itself instead of relying on the tenant filter.
/// </summary>
internal sealed class PathCompletionStatistics(LearningDbContext db, INetworkDirectory networks, IOrganizationDirectory organizations, INetworkPeople people)
    : IPathCompletionStatistics
{
    private const int Batch = 1000;

    public async Task<IReadOnlyList<PathSummary>> ListPathsAsync(Guid networkId, CancellationToken cancellationToken)
    {
        var paths = await db.Paths.IgnoreQueryFilters(["tenant"]).AsNoTracking()
            .Where(p => p.NetworkId == networkId && p.Status == CourseStatus.Published)
            .OrderBy(p => p.Title).Take(200)
            .Select(p => new { p.Id, p.Title, Required = p.Steps.Count(s => s.Required) })
            .ToListAsync(cancellationToken);
        return paths.Where(p => p.Required > 0).Select(p => new PathSummary(p.Id, p.Title, p.Required)).ToList();
    }

    public async Task<IReadOnlyList<OrganizationPathCompletion>?> ByOrganizationAsync(Guid networkId, Guid pathId, DateTime enrolledBy, DateTime completedBy,
        CancellationToken cancellationToken)
    {
        if (!await db.Paths.IgnoreQueryFilters(["tenant"]).AnyAsync(p => p.Id == pathId && p.NetworkId == networkId, cancellationToken))
        {
            return null;
        }

        var required = await RequiredCoursesAsync(networkId, pathId, cancellationToken);
        var members = await networks.ListActiveMemberOrganizationsAsync(networkId, cancellationToken);
        var unions = await organizations.GetUnionMunicipalitiesAsync(
            members.Where(m => m.Kind == OrganizationKind.UnionOfMunicipalities).Select(m => m.Id), cancellationToken);
        var staff = await people.ListStaffAsync(networkId, members.Select(m => m.Id).Concat(unions.Values.SelectMany(t => t)).Distinct().ToList(),
            cancellationToken);
        var (enrolled, completed) = await CountAsync(required, staff.Select(p => p.UserId).Distinct().ToList(), enrolledBy, completedBy, cancellationToken);

        var byOrganization = staff.Where(p => p.OrganizationId is not null && enrolled.Contains(p.UserId))
            .GroupBy(p => p.OrganizationId!.Value)
            .ToDictionary(g => g.Key, g => (Population: g.Count(), Completed: g.Count(p => completed.Contains(p.UserId))));
        return members.Select(m =>
        {
            var own = new List<Guid> { m.Id };
            if (unions.TryGetValue(m.Id, out var towns))
            {
                own.AddRange(towns.Where(t => t != m.Id));
            }

            var figures = own.Distinct().Select(o => byOrganization.GetValueOrDefault(o)).ToList();
            return new OrganizationPathCompletion(m.Id, m.Name, m.Kind == OrganizationKind.UnionOfMunicipalities,
                figures.Sum(f => f.Population), figures.Sum(f => f.Completed));
        }).ToList();
    }

    public async Task<IReadOnlyList<Guid>> PathsCompletedWithAsync(Guid networkId, Guid userId, Guid courseId, CancellationToken cancellationToken)
    {
        var paths = await db.Paths.IgnoreQueryFilters(["tenant"]).AsNoTracking()
            .Where(p => p.NetworkId == networkId && p.Status == CourseStatus.Published && p.Steps.Any(s => s.CourseId == courseId))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var completed = new List<Guid>();
        foreach (var pathId in paths)
        {
            var required = await RequiredCoursesAsync(networkId, pathId, cancellationToken);
            var done = await db.Enrolments.IgnoreQueryFilters(["tenant"]).AsNoTracking()
                .CountAsync(e => e.UserId == userId && required.Contains(e.CourseId) && e.Status == EnrolmentStatus.Completed, cancellationToken);
            if (required.Count > 0 && done == required.Count)
            {
                completed.Add(pathId);
            }
        }

        return completed;
    }

    /// <summary>Required steps whose course is published and offered in the network (what the path page shows).</summary>
    private Task<List<Guid>> RequiredCoursesAsync(Guid networkId, Guid pathId, CancellationToken cancellationToken)
    {
        var offered = db.Offerings.IgnoreQueryFilters(["tenant"]).Where(o => o.NetworkId == networkId);
        return db.PathSteps.AsNoTracking().Where(s => s.PathId == pathId && s.Required)
            .Join(db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published), s => s.CourseId, c => c.Id, (s, c) => c.Id)
            .Where(id => offered.Any(o => o.CourseId == id))
            .Distinct().ToListAsync(cancellationToken);
    }

    private async Task<(HashSet<Guid> Enrolled, HashSet<Guid> Completed)> CountAsync(List<Guid> courses, List<Guid> users, DateTime enrolledBy,
        DateTime completedBy, CancellationToken cancellationToken)
    {
        var enrolled = new HashSet<Guid>();
        var completed = new HashSet<Guid>();
        if (courses.Count == 0)
        {
            return (enrolled, completed);
        }

        foreach (var batch in users.Chunk(Batch))
        {
            var rows = await db.Enrolments.AsNoTracking()
                .Where(e => courses.Contains(e.CourseId) && batch.Contains(e.UserId))
                .GroupBy(e => e.UserId)
                .Select(g => new
                {
                    UserId = g.Key,
                    Enrolled = g.Count(e => e.EnrolledAt <= enrolledBy && e.Status != EnrolmentStatus.PendingApproval && e.Status != EnrolmentStatus.Rejected),
                    Completed = g.Count(e => e.CompletedAt != null && e.CompletedAt <= completedBy),
                })
                .Where(r => r.Enrolled > 0)
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                enrolled.Add(row.UserId);
                if (row.Completed == courses.Count)
                {
                    completed.Add(row.UserId);
                }
            }
        }

        return (enrolled, completed);
    }
}
