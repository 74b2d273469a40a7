using Bottega.Events.Data;
using Bottega.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Providers;

public sealed record JoinLinkSession(int Number, string? Title, DateTime StartsAt, DateTime OpensAt, DateTime EndsAt, MeetingProvider Provider, string? Place,
    bool IsOpen, bool IsOver, string? RecordingUrl);

public sealed record JoinLinksView(string JoinPath, IReadOnlyList<JoinLinkSession> Sessions);

/// <summary>A person's personal join link of an event and its sessions (when each opens, recordings once available); only with a seat.</summary>
public sealed class JoinLinks
{
    private readonly EventsDbContext db;
    private readonly TimeProvider time;

    internal JoinLinks(EventsDbContext db, TimeProvider time)
    {
        this.db = db;
        this.time = time;
    }

    public async Task<JoinLinksView?> ForAsync(Guid eventId, Guid userId, CancellationToken cancellationToken)
    {
        var token = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.UserId == userId && r.Status == RegistrationStatus.Confirmed)
            .Join(db.Events.Where(e => e.Status == EventStatus.Published), r => r.EventId, e => e.Id, (r, _) => r.JoinToken)
            .SingleOrDefaultAsync(cancellationToken);
        if (token is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        return new JoinLinksView($"/partecipa/{token}", sessions.Select(s => new JoinLinkSession(s.Number, s.Title, s.StartsAt, SessionWindow.OpensAt(s), s.EndsAt,
            s.Provider, s.Place, SessionWindow.IsOpen(s, now), s.EndedAt is not null || now >= s.EndsAt, s.RecordingUrl)).ToList());
    }
}
