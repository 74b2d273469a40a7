using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Privacy;

/// <summary>
/// The events module's part of a person's data, in every network: registrations, attendance and engagement figures,
/// join records, feedback and the calendar feed. Erasure deletes them (a confirmed seat is given back) and drops the
/// person's name from what they did for others (registering staff, importing attendance).
/// </summary>
internal sealed class EventsPersonalData(EventsDbContext db) : IPersonalDataContributor
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    public string Section => "events";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var registrations = await db.Registrations.IgnoreQueryFilters(Tenant).AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.RegisteredAt)
            .Join(db.Events.IgnoreQueryFilters(Tenant), r => r.EventId, e => e.Id, (r, e) => new
            {
                r.NetworkId,
                r.EventId,
                eventTitle = e.Title,
                status = r.Status.ToString(),
                r.RegisteredAt,
                r.ConfirmedAt,
                r.PromotedAt,
                r.CancelledAt,
            }).ToListAsync(ct);
        var attendance = await db.Attendances.IgnoreQueryFilters(Tenant).AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.RecordedAt)
            .Select(a => new
            {
                a.NetworkId,
                a.EventId,
                a.SessionId,
                source = a.Source.ToString(),
                a.JoinedAt,
                a.LeftAt,
                a.MinutesPresent,
                a.WebcamMinutes,
                a.TalkSeconds,
                a.ChatMessages,
                a.PollAnswers,
                a.Attended,
                a.RecordedAt,
            }).ToListAsync(ct);
        var joins = await db.Joins.IgnoreQueryFilters(Tenant).AsNoTracking().Where(j => j.UserId == userId).OrderBy(j => j.JoinedAt)
            .Select(j => new { j.NetworkId, j.SessionId, j.JoinedAt, j.AsModerator }).ToListAsync(ct);
        var feedback = await db.Feedback.IgnoreQueryFilters(Tenant).AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.SubmittedAt)
            .Select(f => new { f.NetworkId, f.EventId, f.Rating, f.Comment, f.SubmittedAt }).ToListAsync(ct);
        var feed = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == userId).Select(f => new { f.CreatedAt }).SingleOrDefaultAsync(ct);
        if (registrations.Count == 0 && attendance.Count == 0 && joins.Count == 0 && feedback.Count == 0 && feed is null)
        {
            return null;
        }

        return new { registrations, attendance, sessionJoins = joins, feedback, calendarFeed = feed };
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var registrations = db.Registrations.IgnoreQueryFilters(Tenant).Where(r => r.UserId == userId);
        var seats = await registrations.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.EventId).ToListAsync(ct);
        await db.Events.IgnoreQueryFilters(Tenant).Where(e => seats.Contains(e.Id) && e.ConfirmedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedCount, e => e.ConfirmedCount - 1), ct);
        await db.Reminders.IgnoreQueryFilters(Tenant).Where(d => registrations.Select(r => r.Id).Contains(d.RegistrationId)).ExecuteDeleteAsync(ct);
        await registrations.ExecuteDeleteAsync(ct);
        await db.Registrations.IgnoreQueryFilters(Tenant).Where(r => r.RegisteredBy == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RegisteredBy, (Guid?)null), ct);
        await db.Attendances.IgnoreQueryFilters(Tenant).Where(a => a.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Joins.IgnoreQueryFilters(Tenant).Where(j => j.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Imports.IgnoreQueryFilters(Tenant).Where(i => i.ImportedBy == userId).ExecuteUpdateAsync(s => s.SetProperty(i => i.ImportedBy, (Guid?)null), ct);
        await db.Feedback.IgnoreQueryFilters(Tenant).Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
        await db.CalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
