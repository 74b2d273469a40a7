using Bottega.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Data;

internal static class OrganizationsModel
{
    public static void Apply(ModelBuilder b)
    {
        b.Entity<Organization>(e =>
        {
            e.ToTable("org_organizations");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.SearchName).HasMaxLength(200);
            e.Property(x => x.IstatCode).HasMaxLength(6);
            e.HasIndex(x => x.SearchName);
            e.Property(x => x.IpaCode).HasMaxLength(20);
            e.Property(x => x.Abbreviation).HasMaxLength(4);
            e.HasIndex(x => x.IstatCode).IsUnique();
            e.HasIndex(x => x.IpaCode).IsUnique();
            e.HasIndex(x => new { x.Kind, x.Name });
            e.HasIndex(x => new { x.RegionId, x.Kind });
            e.HasIndex(x => x.ProvinceId);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<UnionMembership>(e =>
        {
            e.ToTable("org_union_memberships");
            e.HasKey(x => new { x.UnionId, x.MunicipalityId });
            e.HasIndex(x => x.MunicipalityId);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Network>(e =>
        {
            e.ToTable("org_networks");
            e.Property(x => x.Slug).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasIndex(x => x.Name);
        });
        b.Entity<NetworkOrganization>(e =>
        {
            e.ToTable("org_network_organizations");
            e.Property(x => x.AnnualFee).HasPrecision(12, 2);
            e.HasIndex(x => new { x.NetworkId, x.OrganizationId }).IsUnique();
            e.HasIndex(x => x.OrganizationId);
            e.HasOne<Network>().WithMany().HasForeignKey(x => x.NetworkId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
