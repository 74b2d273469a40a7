using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Catalogue;

public sealed record ObjectLine(Guid Id, string Title, LearningObjectKind Kind, bool Required, int Minutes, ProgressStatus? Status, double Share, int? Score);

public sealed record ModuleLine(Guid Id, string Title, IReadOnlyList<ObjectLine> Objects);

public sealed record CompetenceLine(Guid Id, string Code, string Name, string Framework, string Level);

public sealed record EnrolmentLine(Guid Id, EnrolmentStatus Status, int Percent, DateOnly? DueDate, Guid? LastObjectId, DateTime? CompletedAt, string? CertificateCode);

public sealed record CourseView(Course Course, string? OwnerName, IReadOnlyList<ModuleLine> Modules, IReadOnlyList<CompetenceLine> Competences,
    IReadOnlyList<CourseTeacher> Teachers, EnrolmentLine? Enrolment, int Learners)
{
    /// <summary>Where "continue" goes: the last object opened, else the first not completed, else the first.</summary>
    public Guid? ResumeObjectId
    {
        get
        {
            var all = Modules.SelectMany(m => m.Objects).ToList();
            return Enrolment?.LastObjectId is { } last && all.Any(o => o.Id == last && o.Status != ProgressStatus.Completed)
                ? last
                : (all.FirstOrDefault(o => o.Status != ProgressStatus.Completed) ?? all.FirstOrDefault())?.Id;
        }
    }
}

/// <summary>A course as its page shows it, with the person's enrolment and progress; only courses offered in the request's network.</summary>
public sealed class CourseDetails
{
    private readonly LearningDbContext db;
    private readonly INetworkDirectory networks;

    internal CourseDetails(LearningDbContext db, INetworkDirectory networks)
    {
        this.db = db;
        this.networks = networks;
    }

    /// <summary>Drafts are included only when <paramref name="includeDrafts"/> (teachers and admins of the owning network).</summary>
    public async Task<CourseView?> GetAsync(Guid courseId, Guid? userId, bool includeDrafts, CancellationToken cancellationToken)
    {
        var offered = await db.Offerings.AsNoTracking().AnyAsync(o => o.CourseId == courseId, cancellationToken);
        if (!offered)
        {
            return null;
        }

        var course = await db.Courses.AsNoTracking().Include(c => c.Teachers).Include(c => c.Competences)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null || (course.Status != CourseStatus.Published && !includeDrafts))
        {
            return null;
        }

        var modules = await db.Modules.AsNoTracking().Where(m => m.CourseId == courseId).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var objects = await db.Objects.AsNoTracking().Where(o => o.CourseId == courseId).OrderBy(o => o.Position)
            .Select(o => new { o.Id, o.ModuleId, o.Title, o.Kind, o.Required, o.Minutes }).ToListAsync(cancellationToken);
        var enrolment = userId is { } uid
            ? await db.Enrolments.AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == courseId && e.UserId == uid, cancellationToken)
            : null;
        var progress = enrolment is null
            ? []
            : await db.Progress.AsNoTracking().Where(p => p.EnrolmentId == enrolment.Id).ToDictionaryAsync(p => p.ObjectId, cancellationToken);
        var certificate = enrolment is null
            ? null
            : await db.Certificates.AsNoTracking().Where(c => c.EnrolmentId == enrolment.Id).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);

        var lines = modules.Select(m => new ModuleLine(m.Id, m.Title, objects.Where(o => o.ModuleId == m.Id).Select(o =>
        {
            var p = progress.GetValueOrDefault(o.Id);
            return new ObjectLine(o.Id, o.Title, o.Kind, o.Required, o.Minutes, p?.Status, p?.Share ?? 0, p?.Score);
        }).ToList())).ToList();

        var learners = await db.Enrolments.AsNoTracking().CountAsync(e => e.CourseId == courseId && (e.Status == EnrolmentStatus.Active || e.Status == EnrolmentStatus.Completed), cancellationToken);
        var owner = await networks.FindAsync(course.NetworkId, cancellationToken);
        return new CourseView(course, owner?.Name, lines, await CompetencesAsync(course, cancellationToken), course.Teachers,
            enrolment is null ? null : new EnrolmentLine(enrolment.Id, enrolment.Status, enrolment.Percent, enrolment.DueDate, enrolment.LastObjectId, enrolment.CompletedAt, certificate),
            learners);
    }

    private async Task<IReadOnlyList<CompetenceLine>> CompetencesAsync(Course course, CancellationToken cancellationToken)
    {
        var ids = course.Competences.Select(c => c.CompetenceId).ToList();
        var rows = await db.Competences.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Join(db.Frameworks.AsNoTracking(), c => c.FrameworkId, f => f.Id, (c, f) => new { c.Id, c.Code, c.Name, Framework = f.Name, FrameworkId = f.Id })
            .ToListAsync(cancellationToken);
        var frameworkIds = rows.Select(r => r.FrameworkId).Distinct().ToList();
        var levels = await db.FrameworkLevels.AsNoTracking().Where(l => frameworkIds.Contains(l.FrameworkId)).ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var rank = course.Competences.First(c => c.CompetenceId == r.Id).Level;
            return new CompetenceLine(r.Id, r.Code, r.Name, r.Framework, levels.FirstOrDefault(l => l.FrameworkId == r.FrameworkId && l.Rank == rank)?.Name ?? rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }
}
