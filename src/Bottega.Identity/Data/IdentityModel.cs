using Bottega.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Data;

/// <summary>Table names and indexes of the module, on top of the model Identity's base context builds.</summary>
internal static class IdentityModel
{
    public static void Apply(ModelBuilder b)
    {
        b.Entity<BottegaUser>(e =>
        {
            e.ToTable("idn_users");
            e.Property(x => x.GivenName).HasMaxLength(100);
            e.Property(x => x.FamilyName).HasMaxLength(100);
            e.Property(x => x.SearchName).HasMaxLength(201);
            e.Property(x => x.PreferredCulture).HasMaxLength(10);
            e.HasIndex(x => x.SearchName);
            e.HasIndex(x => x.OrganizationId);
            e.HasIndex(x => new { x.RegionId, x.ProvinceId });
            e.Ignore(x => x.FullName);
        });
        b.Entity<IdentityRole<Guid>>().ToTable("idn_roles");
        b.Entity<IdentityUserRole<Guid>>().ToTable("idn_user_roles");
        b.Entity<IdentityUserClaim<Guid>>().ToTable("idn_user_claims");
        b.Entity<IdentityUserLogin<Guid>>().ToTable("idn_user_logins");
        b.Entity<IdentityUserToken<Guid>>().ToTable("idn_user_tokens");
        b.Entity<IdentityRoleClaim<Guid>>().ToTable("idn_role_claims");
        b.Entity<DeclaredCompetence>(e =>
        {
            e.ToTable("idn_declared_competences");
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => x.UserId);
            e.HasOne<BottegaUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NetworkMembership>(e =>
        {
            e.ToTable("idn_memberships");
            e.HasIndex(x => new { x.NetworkId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.Status, x.RequestedAt });
            e.HasIndex(x => new { x.UserId, x.Status });
            e.HasIndex(x => new { x.NetworkId, x.OrganizationId });
            e.HasOne<BottegaUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Invitation>(e =>
        {
            e.ToTable("idn_invitations");
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.CreatedAt });
        });
    }
}
