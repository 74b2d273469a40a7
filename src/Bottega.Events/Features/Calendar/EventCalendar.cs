using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Events.Features.Scheduling;
using Bottega.Learning.Contracts;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Calendar;

/// <summary>What members read of the network's events: the calendar (list and month) and an event's details.</summary>
public sealed class EventCalendar
{
    public const int PageSize = 20;

    private readonly EventsDbContext db;
    private readonly TimeProvider time;
    private readonly IOrganizationDirectory organizations;
    private readonly ILearningCatalogLookup catalog;

    internal EventCalendar(EventsDbContext db, TimeProvider time, IOrganizationDirectory organizations, ILearningCatalogLookup catalog)
    {
        this.db = db;
        this.time = time;
        this.organizations = organizations;
        this.catalog = catalog;
    }

    /// <summary>Published and cancelled events, upcoming (still running or to come) by start, or past ones latest first.</summary>
    public async Task<CalendarPage> ListAsync(CalendarFilter filter, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = time.GetUtcNow().UtcDateTime;
        var query = Visible(filter, userId).Where(e => e.StartsAt != null && e.EndsAt != null);
        query = filter.Past ? query.Where(e => e.EndsAt < now) : query.Where(e => e.EndsAt >= now);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var ordered = filter.Past ? query.OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id) : query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
        var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new CalendarEventRow(e.Id, e.Kind, e.Title, e.Status, e.StartsAt!.Value, e.EndsAt!.Value, db.Sessions.Count(s => s.EventId == e.Id),
                e.Capacity, e.ConfirmedCount))
            .ToListAsync(ct);
        return new CalendarPage(rows, page, pageCount, total);
    }

    /// <summary>The sessions starting in a Rome month (a session at 00:30 on the 1st belongs to the 1st), by Rome day.</summary>
    public async Task<CalendarMonth> MonthAsync(int year, int month, CalendarFilter filter, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (monthStart, monthEnd) = SessionTimes.MonthBounds(year, month);
        var rows = await (from s in db.Sessions.AsNoTracking()
                          join e in Visible(filter, userId) on s.EventId equals e.Id
                          where s.StartsAt >= monthStart && s.StartsAt < monthEnd
                          orderby s.StartsAt
                          select new CalendarSessionRow(e.Id, s.Id, e.Title, s.Number, db.Sessions.Count(x => x.EventId == e.Id), s.StartsAt, e.Kind,
                              e.Status == EventStatus.Cancelled))
            .ToListAsync(ct);
        var days = rows.GroupBy(r => RomeTime.DateOf(r.StartsAt)).ToDictionary(g => g.Key, g => (IReadOnlyList<CalendarSessionRow>)[.. g]);
        return new CalendarMonth(year, month, days);
    }

    /// <summary>An event of the network; a draft only when <paramref name="includeDrafts"/> (organizers).</summary>
    public async Task<EventDetails?> GetAsync(Guid eventId, bool includeDrafts, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null || (ev.Status == EventStatus.Draft && !includeDrafts))
        {
            return null;
        }

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Number)
            .Select(s => new SessionDetails(s.Id, s.Number, s.Title, s.StartsAt, s.DurationMinutes, s.Place, s.Provider, s.MeetingUrl, s.Speakers, s.Hours))
            .ToListAsync(ct);
        var audience = await db.Audiences.AsNoTracking().Where(a => a.EventId == eventId).ToListAsync(ct);
        var organizationIds = audience.Where(a => a.Kind == AudienceKind.Organization).Select(a => Guid.TryParse(a.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).ToList();
        var names = organizationIds.Count == 0 ? new Dictionary<Guid, OrganizationInfo>() : await organizations.GetManyAsync(organizationIds, ct);
        var orgs = organizationIds.Where(names.ContainsKey).Select(id => new AudienceOrganization(id, names[id].Name))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList();
        var roles = audience.Where(a => a.Kind == AudienceKind.JobRole).Select(a => a.Value).Order(StringComparer.CurrentCulture).ToList();
        string? courseTitle = null;
        if (ev.CourseId is { } courseId)
        {
            courseTitle = (await catalog.CoursesAsync(ev.NetworkId, ct)).FirstOrDefault(c => c.Id == courseId)?.Title;
        }

        return new EventDetails(ev.Id, ev.Kind, ev.Title, ev.Description, ev.Status, ev.RegistrationMode, ev.Capacity, ev.ConfirmedCount, ev.RegistrationClosesAt,
            ev.CourseId, courseTitle, ev.AttendanceThresholdPercent, ev.EngagementDetailPurpose, ev.StartsAt, ev.EndsAt, ev.CancelledAt, sessions, orgs, roles);
    }

    private IQueryable<LiveEvent> Visible(CalendarFilter filter, Guid userId)
    {
        var query = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published || e.Status == EventStatus.Cancelled);
        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (filter.Mine)
        {
            query = query.Where(e => db.Registrations.Any(r => r.EventId == e.Id && r.UserId == userId
                && (r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted)));
        }

        return query;
    }
}
