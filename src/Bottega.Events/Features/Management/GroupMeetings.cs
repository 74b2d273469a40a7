using Bottega.Events.Contracts;
using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Events.Features.Scheduling;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Management;

/// <summary>
/// A working group's meetings through the organizers' own services: a draft focus group registered "by referent" (so
/// nobody registers on their own), one session, published, then each participant registered as invited by the
/// organizer, which sends the confirmation with the .ics invitation.
/// </summary>
internal sealed class GroupMeetings(EventsDbContext db, ITenantContext tenant, EventAdministration events, Registrations.Registrations registrations,
    INetworkDirectory networks) : IGroupMeetings
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    public async Task<GroupMeetingResult> ScheduleAsync(Guid networkId, Guid organizerId, string title, string? description, DateTime startsAtUtc,
        TimeSpan duration, string? place, string? onlineUrl, IReadOnlyCollection<Guid> participantIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(participantIds);
        if (tenant.NetworkId != networkId)
        {
            throw new InvalidOperationException("Group meetings are scheduled in the network of the current scope.");
        }

        var form = new EventForm { Kind = EventKind.FocusGroup, Title = title, Description = description, RegistrationMode = RegistrationMode.ByReferent };
        var created = await events.CreateAsync(form, organizerId, ct);
        if (!created.Succeeded)
        {
            return new GroupMeetingResult(null, created.Error);
        }

        var (day, time) = SessionTimes.ToRome(startsAtUtc);
        var online = !string.IsNullOrWhiteSpace(onlineUrl);
        var session = new SessionForm
        {
            Day = day,
            Time = time,
            DurationMinutes = (int)Math.Round(duration.TotalMinutes),
            Online = online,
            Provider = online ? MeetingProvider.External : MeetingProvider.None,
            MeetingUrl = online ? onlineUrl!.Trim() : null,
            Place = online ? null : place?.Trim(),
        };
        var added = await events.AddSessionAsync(created.Id, session, organizerId, ct);
        var published = added.Succeeded ? await events.PublishAsync(created.Id, organizerId, ct) : added;
        if (!published.Succeeded)
        {
            await DiscardDraftAsync(created.Id, ct);
            return new GroupMeetingResult(null, published.Error);
        }

        foreach (var person in participantIds.Distinct())
        {
            await registrations.RegisterInvitedAsync(created.Id, person, organizerId, ct);
        }

        return new GroupMeetingResult(created.Id, null);
    }

    public async Task<IReadOnlyList<GroupMeeting>> ListAsync(Guid networkId, IReadOnlyCollection<Guid> eventIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        if (eventIds.Count == 0)
        {
            return [];
        }

        var ids = eventIds.Distinct().ToList();
        var rows = await db.Events.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(e => e.NetworkId == networkId && ids.Contains(e.Id) && e.StartsAt != null)
            .Select(e => new
            {
                e.Id,
                e.Title,
                StartsAt = e.StartsAt!.Value,
                e.EndsAt,
                e.Status,
                Session = db.Sessions.IgnoreQueryFilters(Tenant).Where(s => s.EventId == e.Id).OrderBy(s => s.StartsAt)
                    .Select(s => new { s.Place, s.Provider }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var slug = (await networks.FindAsync(networkId, ct))?.Slug ?? "";
        return rows.OrderBy(r => r.StartsAt)
            .Select(r => new GroupMeeting(r.Id, r.Title, r.StartsAt, r.EndsAt, r.Session?.Place, r.Session is { Provider: not MeetingProvider.None },
                r.Status == EventStatus.Cancelled, $"/reti/{slug}/eventi/{r.Id}"))
            .ToList();
    }

    /// <summary>A meeting that could not be given its session or published leaves no draft behind.</summary>
    private async Task DiscardDraftAsync(Guid eventId, CancellationToken ct)
    {
        await db.Sessions.Where(s => s.EventId == eventId).ExecuteDeleteAsync(ct);
        await db.Events.Where(e => e.Id == eventId && e.Status == EventStatus.Draft).ExecuteDeleteAsync(ct);
    }
}
