using Bottega.Organizations.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Data;

internal sealed class OrganizationsDbContext(DbContextOptions<OrganizationsDbContext> options, ITenantContext tenant)
    : BottegaDbContext(options, tenant)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<UnionMembership> UnionMemberships => Set<UnionMembership>();

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<NetworkOrganization> NetworkOrganizations => Set<NetworkOrganization>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => OrganizationsModel.Apply(modelBuilder);
}
