using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.MyLearning;

public sealed record MyCourse(Guid CourseId, string Title, decimal Hours, EnrolmentStatus Status, EnrolmentSource Source, int Percent, DateOnly? DueDate,
    DateTime? LastActivityAt, DateTime? CompletedAt, string? CertificateCode, bool Overdue);

public sealed record MyHours(int Year, decimal Hours, int Target, decimal FromCourses, decimal FromLiveSessions, decimal FromExternal)
{
    public int Percent => Target <= 0 ? 100 : (int)Math.Min(100, Hours * 100 / Target);
}

public sealed record MyLearningView(IReadOnlyList<MyCourse> InProgress, IReadOnlyList<MyCourse> Assigned, IReadOnlyList<MyCourse> Pending,
    IReadOnlyList<MyCourse> Completed, MyHours Hours);

/// <summary>"My learning": the person's courses in progress, assigned with deadlines, waiting, completed, and this year's hours against the network's target.</summary>
public sealed class MyLearning
{
    private const int CompletedShown = 50;

    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly INetworkDirectory networks;
    private readonly TimeProvider time;

    internal MyLearning(LearningDbContext db, ITenantContext tenant, INetworkDirectory networks, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.networks = networks;
        this.time = time;
    }

    public async Task<MyLearningView> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var open = await Courses(userId, e => e.Status == EnrolmentStatus.Active || e.Status == EnrolmentStatus.PendingApproval)
            .ToListAsync(cancellationToken);
        var completed = await Courses(userId, e => e.Status == EnrolmentStatus.Completed)
            .OrderByDescending(x => x.CompletedAt).Take(CompletedShown).ToListAsync(cancellationToken);
        var codes = await CertificateCodesAsync(completed.Select(c => c.EnrolmentId).ToList(), cancellationToken);

        MyCourse ToCourse(Row r) => new(r.CourseId, r.Title, r.Hours, r.Status, r.Source, r.Percent, r.DueDate, r.LastActivityAt, r.CompletedAt,
            codes.GetValueOrDefault(r.EnrolmentId), r.Status == EnrolmentStatus.Active && r.DueDate < today);

        var assigned = open.Where(r => r.Status == EnrolmentStatus.Active && r.Source != EnrolmentSource.Self)
            .OrderBy(r => r.DueDate ?? DateOnly.MaxValue).Select(ToCourse).ToList();
        var inProgress = open.Where(r => r.Status == EnrolmentStatus.Active && r.Source == EnrolmentSource.Self)
            .OrderByDescending(r => r.LastActivityAt ?? r.EnrolledAt).Select(ToCourse).ToList();
        var pending = open.Where(r => r.Status == EnrolmentStatus.PendingApproval).Select(ToCourse).ToList();
        return new MyLearningView(inProgress, assigned, pending, completed.Select(ToCourse).ToList(), await HoursAsync(userId, today.Year, cancellationToken));
    }

    public async Task<MyHours> HoursAsync(Guid userId, int year, CancellationToken cancellationToken)
    {
        var sums = await db.Hours.AsNoTracking().Where(h => h.UserId == userId && h.Year == year)
            .GroupBy(h => h.Source).Select(g => new { Source = g.Key, Hours = g.Sum(h => (double)h.Hours) }).ToListAsync(cancellationToken);
        decimal Of(HoursSource source) => (decimal)(sums.FirstOrDefault(s => s.Source == source)?.Hours ?? 0);
        var target = tenant.NetworkId is { } id ? (await networks.FindAsync(id, cancellationToken))?.YearlyHoursTarget ?? 40 : 40;
        var courses = Of(HoursSource.Course);
        var live = Of(HoursSource.LiveSession);
        var external = Of(HoursSource.External);
        return new MyHours(year, courses + live + external, target, courses, live, external);
    }

    private async Task<Dictionary<Guid, string>> CertificateCodesAsync(List<Guid> enrolmentIds, CancellationToken cancellationToken) =>
        await db.Certificates.AsNoTracking().Where(c => enrolmentIds.Contains(c.EnrolmentId)).ToDictionaryAsync(c => c.EnrolmentId, c => c.Code, cancellationToken);

    private IQueryable<Row> Courses(Guid userId, System.Linq.Expressions.Expression<Func<Enrolment, bool>> filter) =>
        db.Enrolments.AsNoTracking().Where(e => e.UserId == userId).Where(filter)
            .Join(db.Courses.AsNoTracking(), e => e.CourseId, c => c.Id, (e, c) => new Row
            {
                EnrolmentId = e.Id,
                CourseId = c.Id,
                Title = c.Title,
                Hours = c.Hours,
                Status = e.Status,
                Source = e.Source,
                Percent = e.Percent,
                DueDate = e.DueDate,
                EnrolledAt = e.EnrolledAt,
                LastActivityAt = e.LastActivityAt,
                CompletedAt = e.CompletedAt,
            });

    private sealed class Row
    {
        public Guid EnrolmentId { get; init; }

        public Guid CourseId { get; init; }

        public string Title { get; init; } = "";

        public decimal Hours { get; init; }

        public EnrolmentStatus Status { get; init; }

        public EnrolmentSource Source { get; init; }

        public int Percent { get; init; }

        public DateOnly? DueDate { get; init; }

        public DateTime EnrolledAt { get; init; }

        public DateTime? LastActivityAt { get; init; }

        public DateTime? CompletedAt { get; init; }
    }
}
