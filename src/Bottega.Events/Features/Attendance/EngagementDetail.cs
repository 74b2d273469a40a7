using Bottega.Events.Data;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Attendance;

/// <summary>
/// Per-person engagement figures for organizers. Monitoring employees needs a documented purpose (Workers' Statute
/// art. 4): without <c>LiveEvent.EngagementDetailPurpose</c> there is no list, and every viewing is audited.
/// </summary>
public sealed class EngagementDetail
{
    private const int MaxShown = 1000;

    private readonly EventsDbContext db;
    private readonly IPersonNames names;
    private readonly AuditTrail audit;

    internal EngagementDetail(EventsDbContext db, IPersonNames names, AuditTrail audit)
    {
        this.db = db;
        this.names = names;
        this.audit = audit;
    }

    /// <summary>The session's people by name; null when the event documents no purpose.</summary>
    public async Task<IReadOnlyList<PersonEngagement>?> ListAsync(AttendanceSessionView session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.EngagementDetailPurpose is null)
        {
            return null;
        }

        var rows = await db.Attendances.AsNoTracking().Where(a => a.SessionId == session.SessionId).OrderBy(a => a.UserId).Take(MaxShown).ToListAsync(cancellationToken);
        var named = await names.GetAsync(rows.Select(r => r.UserId), cancellationToken);
        var networkId = await db.Sessions.Where(s => s.Id == session.SessionId).Select(s => s.NetworkId).SingleAsync(cancellationToken);
        audit.Record(db, networkId, "events.engagement-detail-viewed", "EventSession", session.SessionId, $"{rows.Count} persone");
        await db.SaveChangesAsync(cancellationToken);
        return rows.Select(r => new PersonEngagement(r.UserId, named.GetValueOrDefault(r.UserId, "—"), r.Source, r.JoinedAt, r.LeftAt, r.MinutesPresent,
                r.WebcamMinutes, r.TalkSeconds, r.ChatMessages, r.PollAnswers, r.Attended))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
    }
}
