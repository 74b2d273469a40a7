using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Providers;

public enum JoinOutcomeKind
{
    /// <summary>No registration with this token, or someone else's.</summary>
    NotFound,

    /// <summary>The registration holds no seat (waiting list, pending, cancelled, rejected).</summary>
    NoSeat,

    EventCancelled,

    /// <summary>No session is open now; <see cref="JoinOutcome.NextStartsAt"/> says when the next one starts, if any.</summary>
    NotOpen,

    /// <summary>Go to the meeting: <see cref="JoinOutcome.RedirectUrl"/>.</summary>
    Redirect,

    /// <summary>The open session is in person: <see cref="JoinOutcome.Place"/>.</summary>
    InPerson,

    /// <summary>The meeting could not be reached or is not set up; <see cref="JoinOutcome.Problem"/> says why.</summary>
    Unavailable,
}

public sealed record JoinOutcome(JoinOutcomeKind Kind, string? EventTitle = null, string? EventUrl = null, string? RedirectUrl = null,
    DateTime? NextStartsAt = null, DateTime? NextOpensAt = null, string? Place = null, string? Problem = null);

/// <summary>
/// The personal join link <c>/partecipa/{token}</c>: finds the signed-in person's registration (across networks, then in
/// its network), checks the seat, picks the session open now, records the join and says where to go.
/// </summary>
public sealed class PersonalJoin
{
    private readonly EventsDbContext db;
    private readonly TimeProvider time;
    private readonly INetworkDirectory networks;
    private readonly IPersonNames names;
    private readonly IServiceProvider scopedServices;
    private readonly MeetingRooms rooms;

    internal PersonalJoin(EventsDbContext db, TimeProvider time, INetworkDirectory networks, IPersonNames names, IServiceProvider scopedServices,
        MeetingRooms rooms)
    {
        this.db = db;
        this.time = time;
        this.networks = networks;
        this.names = names;
        this.scopedServices = scopedServices;
        this.rooms = rooms;
    }

    public async Task<JoinOutcome> JoinAsync(string token, Guid userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return new JoinOutcome(JoinOutcomeKind.NotFound);
        }

        var registration = await db.Registrations.IgnoreQueryFilters(["tenant"]).AsNoTracking().SingleOrDefaultAsync(r => r.JoinToken == token, cancellationToken);
        var network = registration is null || registration.UserId != userId ? null : await networks.FindAsync(registration.NetworkId, cancellationToken);
        if (registration is null || network is null)
        {
            return new JoinOutcome(JoinOutcomeKind.NotFound);
        }

        TenantScopes.Enter(scopedServices, new NetworkRef(network.Id, network.Slug, network.Name));
        var liveEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == registration.EventId, cancellationToken);
        if (liveEvent is null || liveEvent.Status == EventStatus.Draft)
        {
            return new JoinOutcome(JoinOutcomeKind.NotFound);
        }

        var eventUrl = $"/reti/{network.Slug}/eventi/{liveEvent.Id}";
        if (liveEvent.Status == EventStatus.Cancelled)
        {
            return new JoinOutcome(JoinOutcomeKind.EventCancelled, liveEvent.Title, eventUrl);
        }

        if (!registration.HoldsSeat)
        {
            return new JoinOutcome(JoinOutcomeKind.NoSeat, liveEvent.Title, eventUrl);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var sessions = await db.Sessions.Where(s => s.EventId == liveEvent.Id).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var session = sessions.FirstOrDefault(s => SessionWindow.IsOpen(s, now));
        if (session is null)
        {
            var next = sessions.FirstOrDefault(s => SessionWindow.OpensAt(s) > now);
            return new JoinOutcome(JoinOutcomeKind.NotOpen, liveEvent.Title, eventUrl, NextStartsAt: next?.StartsAt,
                NextOpensAt: next is null ? null : SessionWindow.OpensAt(next));
        }

        if (session.Provider == MeetingProvider.None)
        {
            return new JoinOutcome(JoinOutcomeKind.InPerson, liveEvent.Title, eventUrl, Place: session.Place);
        }

        string? url;
        if (session.Provider == MeetingProvider.External)
        {
            url = session.MeetingUrl;
        }
        else
        {
            if (!rooms.IsConfigured)
            {
                return Unavailable(liveEvent, eventUrl, "notConfigured");
            }

            var meeting = await rooms.EnsureAsync(liveEvent, session, sessions.Count, network.Slug, cancellationToken);
            if (!meeting.Succeeded)
            {
                return Unavailable(liveEvent, eventUrl, meeting.MessageKey);
            }

            var fullName = (await names.GetAsync([userId], cancellationToken)).GetValueOrDefault(userId) ?? "Partecipante";
            url = rooms.JoinUrl(meeting.Value!, fullName, moderator: false, userId);
        }

        if (url is null)
        {
            return Unavailable(liveEvent, eventUrl, null);
        }

        db.Joins.Add(SessionJoin.Create(session.NetworkId, session.Id, userId, asModerator: false, now));
        await db.SaveChangesAsync(cancellationToken);
        return new JoinOutcome(JoinOutcomeKind.Redirect, liveEvent.Title, eventUrl, url);
    }

    private static JoinOutcome Unavailable(LiveEvent liveEvent, string eventUrl, string? problem) =>
        new(JoinOutcomeKind.Unavailable, liveEvent.Title, eventUrl, Problem: problem);
}
