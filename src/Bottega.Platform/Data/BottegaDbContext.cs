using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Platform.Data;

/// <summary>Base of every module's context: shared conventions, tenant filter and the audit table.</summary>
public abstract class BottegaDbContext(DbContextOptions options, ITenantContext? tenant) : DbContext(options), ITenantScopedContext
{
    public Guid? CurrentNetworkId => tenant?.NetworkId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        BottegaModel.ApplyShared(modelBuilder);
        ConfigureModule(modelBuilder);
        BottegaModel.ApplyConventions(modelBuilder, this);
    }

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);
}
