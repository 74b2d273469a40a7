using Bottega.Events.Data;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Certificates;

/// <summary>The certificate of attendance of an event, for a person who attended at least one of its sessions.</summary>
public sealed class AttendanceCertificates
{
    private readonly EventsDbContext db;
    private readonly IPersonNames names;
    private readonly ITenantContext tenant;

    internal AttendanceCertificates(EventsDbContext db, IPersonNames names, ITenantContext tenant)
    {
        this.db = db;
        this.names = names;
        this.tenant = tenant;
    }

    /// <summary>The PDF; null when the event is not in this network or the person attended none of its sessions.</summary>
    public async Task<byte[]?> PdfAsync(Guid eventId, Guid userId, CancellationToken cancellationToken)
    {
        var title = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null || tenant.Network is not { } network)
        {
            return null;
        }

        var sessions = await db.Attendances.AsNoTracking().Where(a => a.EventId == eventId && a.UserId == userId && a.Attended)
            .Join(db.Sessions, a => a.SessionId, s => s.Id, (_, s) => new AttendedSession(s.Number, s.Title, s.StartsAt, s.DurationMinutes, s.Hours))
            .ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return null;
        }

        var name = (await names.GetAsync([userId], cancellationToken)).GetValueOrDefault(userId, "");
        return AttendanceCertificatePdf.Render(new AttendanceCertificateView(name, title, network.Name, [.. sessions.OrderBy(s => s.StartsAt)]));
    }
}
