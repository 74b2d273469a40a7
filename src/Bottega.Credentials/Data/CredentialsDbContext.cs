using Bottega.Credentials.Awards;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Data;

internal sealed class CredentialsDbContext(DbContextOptions<CredentialsDbContext> options, ITenantContext tenant) : BottegaDbContext(options, tenant)
{
    public DbSet<AwardRule> AwardRules => Set<AwardRule>();

    public DbSet<AwardThreshold> AwardThresholds => Set<AwardThreshold>();

    public DbSet<AwardGrant> AwardGrants => Set<AwardGrant>();

    public DbSet<AwardStanding> AwardStandings => Set<AwardStanding>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => CredentialsModel.Apply(modelBuilder);
}
