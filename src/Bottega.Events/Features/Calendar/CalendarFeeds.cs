using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Events.Features.Registrations;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bottega.Events.Features.Calendar;

/// <summary>
/// iCalendar feeds: a person's own (their events with a seat or on the waiting list, across networks, behind a secret
/// URL they can renew) and a network's public one (published events only: no registrants, no meeting links). Sessions
/// that ended more than <see cref="PastDays"/> days ago are left out.
/// </summary>
public sealed class CalendarFeeds
{
    public const int PastDays = 180;
    private const int MaxEvents = 500;
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];
    private readonly EventsDbContext db;
    private readonly TimeProvider time;
    private readonly INetworkDirectory networks;
    private readonly IOptions<EventsOptions> options;

    internal CalendarFeeds(EventsDbContext db, TimeProvider time, INetworkDirectory networks, IOptions<EventsOptions> options)
    {
        this.db = db;
        this.time = time;
        this.networks = networks;
        this.options = options;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The person's feed token, created on first use.</summary>
    public async Task<string> TokenAsync(Guid userId, CancellationToken ct)
    {
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is not null)
        {
            return feed.Token;
        }

        var created = CalendarFeed.Create(userId, SecretTokens.New(), Now);
        db.CalendarFeeds.Add(created);
        try
        {
            await db.SaveChangesAsync(ct);
            return created.Token;
        }
        catch (DbUpdateException)
        {
            // The same person's other tab created it first.
            db.ChangeTracker.Clear();
            return (await db.CalendarFeeds.AsNoTracking().SingleAsync(f => f.UserId == userId, ct)).Token;
        }
    }

    /// <summary>Replaces the person's token: the old URL answers 404 from now on.</summary>
    public async Task<string> RenewAsync(Guid userId, CancellationToken ct)
    {
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is null)
        {
            return await TokenAsync(userId, ct);
        }

        feed.Renew(SecretTokens.New(), Now);
        await db.SaveChangesAsync(ct);
        return feed.Token;
    }

    /// <summary>The feed behind a token; null when no feed has it.</summary>
    public async Task<string?> PersonalAsync(string token, CancellationToken ct)
    {
        var feed = string.IsNullOrEmpty(token) || token.Length > 64 ? null : await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.Token == token, ct);
        if (feed is null)
        {
            return null;
        }

        var since = Now.AddDays(-PastDays);
        var rows = await db.Registrations.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(r => r.UserId == feed.UserId && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Join(db.Events.IgnoreQueryFilters(Tenant).Where(e => e.Status != EventStatus.Draft && (e.EndsAt == null || e.EndsAt >= since)),
                r => r.EventId, e => e.Id, (r, e) => new { Event = e, r.Status, r.JoinToken })
            .OrderByDescending(x => x.Event.StartsAt).Take(MaxEvents).ToListAsync(ct);
        var events = rows.Select(r => (r.Event, r.Status == RegistrationStatus.Confirmed ? r.JoinToken : null)).ToList();
        return await WriteAsync(events, "I miei eventi (Bottega)", ct);
    }

    /// <summary>The network's published events (and those called off, as cancelled).</summary>
    public async Task<string> PublicAsync(Guid networkId, string networkName, CancellationToken ct)
    {
        var since = Now.AddDays(-PastDays);
        var events = await db.Events.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(e => e.NetworkId == networkId && e.PublishedAt != null && e.Status != EventStatus.Draft && (e.EndsAt == null || e.EndsAt >= since))
            .OrderByDescending(e => e.StartsAt).Take(MaxEvents).ToListAsync(ct);
        return await WriteAsync(events.Select(e => (e, (string?)null)).ToList(), $"Eventi – {networkName}", ct);
    }

    private async Task<string> WriteAsync(List<(LiveEvent Event, string? JoinToken)> events, string name, CancellationToken ct)
    {
        var eventIds = events.Select(e => e.Event.Id).ToList();
        var sessions = (await db.Sessions.IgnoreQueryFilters(Tenant).AsNoTracking().Where(s => eventIds.Contains(s.EventId)).ToListAsync(ct))
            .ToLookup(s => s.EventId);
        var slugs = (await networks.GetManyAsync(events.Select(e => e.Event.NetworkId).Distinct(), ct)).ToDictionary(n => n.Id, n => n.Slug);
        var entries = events.SelectMany(e => SessionEntries.For(e.Event, sessions[e.Event.Id].ToList(), options.Value.PublicBaseUrl,
            slugs.GetValueOrDefault(e.Event.NetworkId) ?? "", e.JoinToken)).ToList();
        return IcsWriter.Write(entries, "PUBLISH", name, Now);
    }
}
