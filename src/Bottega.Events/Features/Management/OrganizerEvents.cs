using Bottega.Events.Data;
using Bottega.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Management;

/// <summary>An event in the organizers' list.</summary>
public sealed record OrganizerEventRow(Guid Id, EventKind Kind, string Title, EventStatus Status, DateTime? StartsAt, int Sessions, int? Capacity, int Confirmed);

public sealed record OrganizerEventPage(IReadOnlyList<OrganizerEventRow> Events, int Page, int PageCount, int Total);

/// <summary>The organizers' list of the network's events, drafts included: newest start first, events without sessions on top.</summary>
public sealed class OrganizerEvents
{
    public const int PageSize = 25;

    private readonly EventsDbContext db;

    internal OrganizerEvents(EventsDbContext db) => this.db = db;

    public async Task<OrganizerEventPage> ListAsync(EventStatus? status, int page, CancellationToken ct)
    {
        var query = db.Events.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(e => e.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderBy(e => e.StartsAt != null).ThenByDescending(e => e.StartsAt).ThenByDescending(e => e.CreatedAt)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new OrganizerEventRow(e.Id, e.Kind, e.Title, e.Status, e.StartsAt, db.Sessions.Count(s => s.EventId == e.Id), e.Capacity, e.ConfirmedCount))
            .ToListAsync(ct);
        return new OrganizerEventPage(rows, page, pageCount, total);
    }
}
