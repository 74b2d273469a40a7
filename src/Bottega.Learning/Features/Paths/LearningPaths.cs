using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Paths;

public sealed record PathCard(Guid Id, string Title, string Summary, CourseStatus Status, int Courses, decimal RequiredHours, decimal TotalHours);

public sealed record PathStepView(Guid StepId, Guid CourseId, string Title, decimal Hours, bool Required, Guid? PrerequisiteCourseId, string? PrerequisiteTitle,
    EnrolmentStatus? Status, int Percent, bool Completed, bool Locked);

public sealed record PathView(LearningPath Path, IReadOnlyList<PathStepView> Steps)
{
    public decimal RequiredHours => Steps.Where(s => s.Required).Sum(s => s.Hours);

    public decimal TotalHours => Steps.Sum(s => s.Hours);

    public int RequiredCount => Steps.Count(s => s.Required);

    public int RequiredCompleted => Steps.Count(s => s.Required && s.Completed);

    /// <summary>Completed when every required course is; a path without required courses is never "completed".</summary>
    public bool Completed => RequiredCount > 0 && RequiredCompleted == RequiredCount;

    public int Percent => RequiredCount == 0 ? 0 : RequiredCompleted * 100 / RequiredCount;
}

public sealed record PathCourseOption(Guid Id, string Title, decimal Hours);

/// <summary>
/// Learning paths of the request's network: the public list and page (with the person's progress; a course whose
/// prerequisite is not completed shows as locked) and their authoring by teachers and admins. Only courses offered
/// (and published) in the network count as steps.
/// </summary>
public sealed class LearningPaths
{
    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal LearningPaths(LearningDbContext db, ITenantContext tenant, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.audit = audit;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    /// <summary>Published paths (or all, for authors), with their hours.</summary>
    public async Task<IReadOnlyList<PathCard>> ListAsync(bool includeDrafts, CancellationToken cancellationToken)
    {
        var paths = await db.Paths.AsNoTracking().Where(p => includeDrafts || p.Status == CourseStatus.Published)
            .OrderBy(p => p.Title).Take(200).Select(p => new { p.Id, p.Title, p.Summary, p.Status }).ToListAsync(cancellationToken);
        var ids = paths.Select(p => p.Id).ToList();
        var steps = await VisibleSteps().Where(s => ids.Contains(s.PathId))
            .Select(s => new { s.PathId, s.Required, Hours = (double)s.Hours }).ToListAsync(cancellationToken);
        return paths.Select(p =>
        {
            var mine = steps.Where(s => s.PathId == p.Id).ToList();
            return new PathCard(p.Id, p.Title, p.Summary, p.Status, mine.Count, (decimal)mine.Where(s => s.Required).Sum(s => s.Hours), (decimal)mine.Sum(s => s.Hours));
        }).ToList();
    }

    /// <summary>The path with the person's progress; drafts only for authors.</summary>
    public async Task<PathView?> GetAsync(Guid pathId, Guid? userId, bool includeDrafts, CancellationToken cancellationToken)
    {
        var path = await db.Paths.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pathId && (includeDrafts || p.Status == CourseStatus.Published), cancellationToken);
        if (path is null)
        {
            return null;
        }

        var steps = await VisibleSteps().Where(s => s.PathId == pathId).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var courseIds = steps.Select(s => s.CourseId).ToList();
        var enrolments = userId is { } uid
            ? await db.Enrolments.AsNoTracking().Where(e => e.UserId == uid && courseIds.Contains(e.CourseId))
                .Select(e => new { e.CourseId, e.Status, e.Percent }).ToDictionaryAsync(e => e.CourseId, cancellationToken)
            : [];
        var titles = steps.ToDictionary(s => s.CourseId, s => s.Title);
        bool Done(Guid courseId) => enrolments.TryGetValue(courseId, out var e) && e.Status == EnrolmentStatus.Completed;
        var views = steps.Select(s =>
        {
            var e = enrolments.GetValueOrDefault(s.CourseId);
            var prerequisite = s.PrerequisiteCourseId;
            return new PathStepView(s.StepId, s.CourseId, s.Title, s.Hours, s.Required, prerequisite,
                prerequisite is { } p ? titles.GetValueOrDefault(p) : null, e?.Status, e?.Percent ?? 0, Done(s.CourseId),
                prerequisite is { } q && titles.ContainsKey(q) && !Done(q));
        }).ToList();
        return new PathView(path, views);
    }

    /// <summary>Published courses of the network's catalogue, to add as steps.</summary>
    public async Task<IReadOnlyList<PathCourseOption>> CourseOptionsAsync(CancellationToken cancellationToken) =>
        await db.Offerings.AsNoTracking()
            .Join(db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published), o => o.CourseId, c => c.Id, (_, c) => c)
            .OrderBy(c => c.Title).Take(1000).Select(c => new PathCourseOption(c.Id, c.Title, c.Hours)).ToListAsync(cancellationToken);

    public async Task<(LearningResult Result, Guid Id)> CreateAsync(string title, string? summary, string? description, CancellationToken cancellationToken)
    {
        if (Validate(title, summary, description) is { } error)
        {
            return (LearningResult.Refused(error), Guid.Empty);
        }

        var path = LearningPath.Create(NetworkId, title, summary ?? "", description ?? "", null, time.GetUtcNow().UtcDateTime);
        db.Paths.Add(path);
        await db.SaveChangesAsync(cancellationToken);
        return (LearningResult.Ok, path.Id);
    }

    public async Task<LearningResult> DescribeAsync(Guid pathId, string title, string? summary, string? description, CancellationToken cancellationToken)
    {
        var path = await db.Paths.FirstOrDefaultAsync(p => p.Id == pathId, cancellationToken);
        if (path is null)
        {
            return Missing;
        }

        if (Validate(title, summary, description) is { } error)
        {
            return LearningResult.Refused(error);
        }

        path.Describe(title, summary ?? "", description ?? "", path.FrameworkId);
        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    public async Task<LearningResult> AddStepAsync(Guid pathId, Guid courseId, bool required, CancellationToken cancellationToken)
    {
        var path = await db.Paths.Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == pathId, cancellationToken);
        if (path is null)
        {
            return Missing;
        }

        if (!(await CourseOptionsAsync(cancellationToken)).Any(c => c.Id == courseId))
        {
            return LearningResult.Refused("Scegli un corso pubblicato nel catalogo della rete.");
        }

        if (path.Steps.Any(s => s.CourseId == courseId))
        {
            return LearningResult.Refused("Il corso è già nel percorso.");
        }

        db.PathSteps.Add(PathStep.Create(pathId, courseId, path.Steps.Select(s => s.Position).DefaultIfEmpty(0).Max() + 1, required, null));
        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    /// <summary>Sets whether the step is required and its prerequisite, which must be an earlier course of the path.</summary>
    public async Task<LearningResult> ChangeStepAsync(Guid pathId, Guid stepId, bool required, Guid? prerequisiteCourseId, CancellationToken cancellationToken)
    {
        var path = await db.Paths.Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == pathId, cancellationToken);
        var step = path?.Steps.FirstOrDefault(s => s.Id == stepId);
        if (path is null || step is null)
        {
            return Missing;
        }

        if (prerequisiteCourseId is { } pre && !path.Steps.Any(s => s.CourseId == pre && s.Position < step.Position))
        {
            return LearningResult.Refused("Il prerequisito deve essere un corso che viene prima nel percorso.");
        }

        step.Change(step.Position, required, prerequisiteCourseId);
        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    /// <summary>Swaps the step with the previous or next one; refused when a prerequisite would then come after its course.</summary>
    public async Task<LearningResult> MoveStepAsync(Guid pathId, Guid stepId, bool up, CancellationToken cancellationToken)
    {
        var path = await db.Paths.Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == pathId, cancellationToken);
        var steps = path?.Steps.OrderBy(s => s.Position).ToList();
        var index = steps?.FindIndex(s => s.Id == stepId) ?? -1;
        if (steps is null || index < 0)
        {
            return Missing;
        }

        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= steps.Count)
        {
            return LearningResult.Ok;
        }

        (steps[index], steps[other]) = (steps[other], steps[index]);
        var seen = new HashSet<Guid>();
        foreach (var s in steps)
        {
            if (s.PrerequisiteCourseId is { } pre && !seen.Contains(pre))
            {
                return LearningResult.Refused("Un corso non può venire prima del suo prerequisito.");
            }

            seen.Add(s.CourseId);
        }

        for (var i = 0; i < steps.Count; i++)
        {
            steps[i].Change(i + 1, steps[i].Required, steps[i].PrerequisiteCourseId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    public async Task<LearningResult> RemoveStepAsync(Guid pathId, Guid stepId, CancellationToken cancellationToken)
    {
        var path = await db.Paths.Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == pathId, cancellationToken);
        var step = path?.Steps.FirstOrDefault(s => s.Id == stepId);
        if (path is null || step is null)
        {
            return Missing;
        }

        foreach (var dependent in path.Steps.Where(s => s.PrerequisiteCourseId == step.CourseId))
        {
            dependent.Change(dependent.Position, dependent.Required, null);
        }

        db.PathSteps.Remove(step);
        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    public async Task<LearningResult> PublishAsync(Guid pathId, CancellationToken cancellationToken)
    {
        var path = await db.Paths.Include(p => p.Steps).FirstOrDefaultAsync(p => p.Id == pathId, cancellationToken);
        if (path is null)
        {
            return Missing;
        }

        if (!path.Steps.Any(s => s.Required))
        {
            return LearningResult.Refused("Per pubblicare il percorso aggiungi almeno un corso obbligatorio.");
        }

        path.Publish();
        audit.Record(db, NetworkId, "path.published", "path", pathId);
        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    public async Task<LearningResult> ArchiveAsync(Guid pathId, CancellationToken cancellationToken)
    {
        var path = await db.Paths.FirstOrDefaultAsync(p => p.Id == pathId, cancellationToken);
        if (path is null)
        {
            return Missing;
        }

        path.Archive();
        audit.Record(db, NetworkId, "path.archived", "path", pathId);
        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    private static readonly LearningResult Missing = LearningResult.Missing("Percorso non trovato in questa rete.");

    private static string? Validate(string title, string? summary, string? description) =>
        string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200 ? "Scrivi il titolo del percorso (al massimo 200 caratteri)."
        : (summary?.Length ?? 0) > 1000 ? "Il sommario può avere al massimo 1000 caratteri."
        : (description?.Length ?? 0) > 50_000 ? "La descrizione è troppo lunga."
        : null;

    // Steps whose course is published and offered in this network (the offering is tenant-filtered).
    private IQueryable<StepRow> VisibleSteps() =>
        db.PathSteps.AsNoTracking()
            .Join(db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published), s => s.CourseId, c => c.Id, (s, c) => new { s, c })
            .Where(x => db.Offerings.Any(o => o.CourseId == x.c.Id))
            .Select(x => new StepRow
            {
                StepId = x.s.Id,
                PathId = x.s.PathId,
                CourseId = x.c.Id,
                Title = x.c.Title,
                Hours = x.c.Hours,
                Required = x.s.Required,
                Position = x.s.Position,
                PrerequisiteCourseId = x.s.PrerequisiteCourseId,
            });

    private sealed class StepRow
    {
        public Guid StepId { get; init; }

        public Guid PathId { get; init; }

        public Guid CourseId { get; init; }

        public string Title { get; init; } = "";

        public decimal Hours { get; init; }

        public bool Required { get; init; }

        public int Position { get; init; }

        public Guid? PrerequisiteCourseId { get; init; }
    }
}
