using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Platform.Auditing;

public sealed record AuditRow(DateTime At, Guid? ActorUserId, string Action, string TargetType, string? TargetId, string? Summary);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, int Total)
{
    /// <summary>Names of the actors on this page; an id without a name is an erased person.</summary>
    public IReadOnlyDictionary<Guid, string> ActorNames { get; init; } = new Dictionary<Guid, string>();

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Pages through the audit log, newest first; null network means the whole install.</summary>
public sealed class AuditLogQuery
{
    private readonly AuditDbContext db;
    private readonly IPersonNames names;

    internal AuditLogQuery(AuditDbContext db, IPersonNames names)
    {
        this.db = db;
        this.names = names;
    }

    public async Task<AuditPage> ListAsync(Guid? networkId, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (networkId is { } id)
        {
            query = query.Where(e => e.NetworkId == id);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditRow(e.At, e.ActorUserId, e.Action, e.TargetType, e.TargetId, e.Summary))
            .ToListAsync(cancellationToken);
        var actors = await names.GetAsync(rows.Select(r => r.ActorUserId).OfType<Guid>(), cancellationToken);
        return new AuditPage(rows, page, pageSize, total) { ActorNames = actors };
    }
}
