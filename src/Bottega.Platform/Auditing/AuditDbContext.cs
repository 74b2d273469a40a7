using Bottega.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Platform.Auditing;

/// <summary>Reads the audit log and answers the readiness check; writes go through each module's own context.</summary>
internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : BottegaDbContext(options, null)
{
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
    }
}
