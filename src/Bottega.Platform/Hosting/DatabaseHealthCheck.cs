using Bottega.Platform.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bottega.Platform.Hosting;

/// <summary>Ready when the database answers a query on the audit table (so the schema is migrated too).</summary>
internal sealed class DatabaseHealthCheck(AuditDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Set<AuditEntry>().AsNoTracking().Select(e => e.Id).FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
