using Bottega.Identity.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Data;

/// <summary>Accounts, profiles and memberships. Derives from Identity's context, so it applies the shared conventions itself.</summary>
internal sealed class IdentityDataContext(DbContextOptions<IdentityDataContext> options, ITenantContext tenant)
    : IdentityDbContext<BottegaUser, IdentityRole<Guid>, Guid>(options), ITenantScopedContext
{
    public Guid? CurrentNetworkId => tenant.NetworkId;

    public DbSet<NetworkMembership> Memberships => Set<NetworkMembership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<DeclaredCompetence> Competences => Set<DeclaredCompetence>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        BottegaModel.ApplyShared(builder);
        IdentityModel.Apply(builder);
        BottegaModel.ApplyConventions(builder, this);
    }
}
