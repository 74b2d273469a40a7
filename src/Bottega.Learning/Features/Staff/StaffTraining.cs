using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Ledger;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Localization;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Staff;

/// <summary>
/// The training referent's view of their organization's staff (a network admin's of any member organization): hours this
/// year against the network's target and course counts, and the staff's progress in one course. Built for thousands of
/// people: the staff come in one call, hours and enrolments in one grouped query per batch of ids, the rest in memory.
/// </summary>
public sealed class StaffTraining
{
    // Well below SQLite's limit on parameters; each batch is one grouped query.
    private const int Batch = 1000;

    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly INetworkPeople people;
    private readonly INetworkDirectory networks;
    private readonly IOrganizationDirectory organizations;
    private readonly TimeProvider time;

    internal StaffTraining(LearningDbContext db, ITenantContext tenant, INetworkPeople people, INetworkDirectory networks, IOrganizationDirectory organizations,
        TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.people = people;
        this.networks = networks;
        this.organizations = organizations;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<StaffScope> ScopeAsync(Decider decider, Guid? requested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decider);
        var own = await people.ReferentOfAsync(NetworkId, decider.UserId, cancellationToken);
        if (!decider.IsNetworkAdmin)
        {
            var mine = own is { } id ? await organizations.FindAsync(id, cancellationToken) : null;
            return new StaffScope(own, mine?.Name, []);
        }

        var choices = await networks.ListActiveMemberOrganizationsAsync(NetworkId, cancellationToken);
        var chosen = choices.FirstOrDefault(o => o.Id == requested) ?? choices.FirstOrDefault(o => o.Id == own) ?? (choices.Count > 0 ? choices[0] : null);
        return new StaffScope(chosen?.Id, chosen?.Name, choices);
    }

    /// <summary>Every staff member of the organization, filtered by name and sorted; the caller pages or exports.</summary>
    public async Task<StaffReport> ReportAsync(Guid organizationId, string? nameFilter, StaffSort sort, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = RomeTime.DateOf(now);
        var year = today.Year;
        var target = (await networks.FindAsync(NetworkId, cancellationToken))?.YearlyHoursTarget ?? 40;
        var staff = await people.ListStaffAsync(NetworkId, [organizationId], cancellationToken);
        if (!string.IsNullOrWhiteSpace(nameFilter))
        {
            var filter = nameFilter.Trim();
            staff = staff.Where(p => p.Name.Contains(filter, StringComparison.CurrentCultureIgnoreCase)).ToList();
        }

        var hours = new Dictionary<Guid, double>();
        var courses = new Dictionary<Guid, Counts>();
        foreach (var chunk in staff.Select(p => p.UserId).Chunk(Batch))
        {
            var sums = await db.Hours.AsNoTracking().Where(h => h.Year == year && chunk.Contains(h.UserId))
                .GroupBy(h => h.UserId).Select(g => new { UserId = g.Key, Hours = g.Sum(h => (double)h.Hours) }).ToListAsync(cancellationToken);
            foreach (var s in sums)
            {
                hours[s.UserId] = s.Hours;
            }

            var counts = await db.Enrolments.AsNoTracking().Where(e => e.NetworkId == NetworkId && chunk.Contains(e.UserId))
                .GroupBy(e => e.UserId)
                .Select(g => new Counts(
                    g.Key,
                    g.Count(e => e.Source != EnrolmentSource.Self && (e.Status == EnrolmentStatus.Active || e.Status == EnrolmentStatus.Completed)),
                    g.Count(e => e.Status == EnrolmentStatus.Active),
                    g.Count(e => e.Status == EnrolmentStatus.Completed),
                    g.Count(e => e.Status == EnrolmentStatus.Active && e.DueDate < today)))
                .ToListAsync(cancellationToken);
            foreach (var c in counts)
            {
                courses[c.UserId] = c;
            }
        }

        var expectedShare = (double)today.DayOfYear / (DateTime.IsLeapYear(year) ? 366 : 365);
        var rows = staff.Select(p =>
        {
            var h = Math.Round((decimal)hours.GetValueOrDefault(p.UserId), 2);
            var c = courses.GetValueOrDefault(p.UserId) ?? new Counts(p.UserId, 0, 0, 0, 0);
            var percent = target <= 0 ? 100 : (int)Math.Min(100, h * 100 / target);
            var status = h >= target ? HoursStatus.Reached : (double)h >= target * expectedShare ? HoursStatus.OnTrack : HoursStatus.Behind;
            return new StaffRow(p.UserId, p.Name, p.Email, h, target, percent, status, c.Assigned, c.InProgress, c.Completed, c.Overdue);
        });
        rows = sort switch
        {
            StaffSort.HoursAscending => rows.OrderBy(r => r.Hours).ThenBy(r => r.Name, StringComparer.CurrentCulture),
            StaffSort.HoursDescending => rows.OrderByDescending(r => r.Hours).ThenBy(r => r.Name, StringComparer.CurrentCulture),
            _ => rows,
        };
        return new StaffReport(year, target, rows.ToList());
    }

    /// <summary>The organization's staff enrolled in a course offered in this network; null when the course is not offered here.</summary>
    public async Task<(string Title, IReadOnlyList<StaffCourseRow> Rows)?> CourseAsync(Guid organizationId, Guid courseId, CancellationToken cancellationToken)
    {
        var title = await db.Offerings.AsNoTracking().Where(o => o.CourseId == courseId)
            .Join(db.Courses.AsNoTracking(), o => o.CourseId, c => c.Id, (o, c) => c.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return null;
        }

        var today = RomeTime.DateOf(time.GetUtcNow().UtcDateTime);
        var staff = (await people.ListStaffAsync(NetworkId, [organizationId], cancellationToken)).ToDictionary(p => p.UserId, p => p.Name);
        var rows = new List<StaffCourseRow>();
        foreach (var chunk in staff.Keys.Chunk(Batch))
        {
            var enrolments = await db.Enrolments.AsNoTracking()
                .Where(e => e.CourseId == courseId && chunk.Contains(e.UserId) && e.Status != EnrolmentStatus.Withdrawn && e.Status != EnrolmentStatus.Rejected)
                .Select(e => new { e.UserId, e.Status, e.Percent, e.DueDate, e.CompletedAt }).ToListAsync(cancellationToken);
            rows.AddRange(enrolments.Select(e => new StaffCourseRow(e.UserId, staff[e.UserId], e.Status, e.Percent, e.DueDate, e.CompletedAt,
                e.Status == EnrolmentStatus.Active && e.DueDate < today)));
        }

        return (title, rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList());
    }

    private sealed record Counts(Guid UserId, int Assigned, int InProgress, int Completed, int Overdue);
}
