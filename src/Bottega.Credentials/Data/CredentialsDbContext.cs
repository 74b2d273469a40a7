using Bottega.Credentials.Awards;
using Bottega.Credentials.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Data;

internal sealed class CredentialsDbContext(DbContextOptions<CredentialsDbContext> options, ITenantContext tenant) : BottegaDbContext(options, tenant)
{
    public DbSet<Issuer> Issuers => Set<Issuer>();

    public DbSet<IssuerKey> IssuerKeys => Set<IssuerKey>();

    public DbSet<Achievement> Achievements => Set<Achievement>();

    public DbSet<AchievementAlignment> Alignments => Set<AchievementAlignment>();

    public DbSet<Credential> Credentials => Set<Credential>();
    public DbSet<AwardRule> AwardRules => Set<AwardRule>();

    public DbSet<AwardThreshold> AwardThresholds => Set<AwardThreshold>();

    public DbSet<AwardGrant> AwardGrants => Set<AwardGrant>();

    public DbSet<AwardStanding> AwardStandings => Set<AwardStanding>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => CredentialsModel.Apply(modelBuilder);
}
