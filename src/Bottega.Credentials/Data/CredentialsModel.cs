using Bottega.Credentials.Awards;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Data;

internal static class CredentialsModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        Awards(b);
    }

    private static void Awards(ModelBuilder b)
    {
        b.Entity<AwardRule>(e =>
        {
            e.ToTable("crd_award_rules");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.PathTitle).HasMaxLength(200);
            e.HasIndex(x => new { x.NetworkId, x.State });
            e.HasIndex(x => x.State);
            e.HasMany(x => x.Thresholds).WithOne().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AwardThreshold>(e =>
        {
            e.ToTable("crd_award_thresholds");
            e.Property(x => x.Level).HasMaxLength(60);
            e.HasIndex(x => x.RuleId);
        });
        b.Entity<AwardGrant>(e =>
        {
            e.ToTable("crd_award_grants");
            e.Property(x => x.Level).HasMaxLength(60);
            e.HasIndex(x => new { x.RuleId, x.OrganizationId, x.ThresholdId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.OrganizationId });
            e.HasOne<AwardRule>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AwardStanding>(e =>
        {
            e.ToTable("crd_award_standings");
            e.Property(x => x.OrganizationName).HasMaxLength(300);
            e.Property(x => x.Level).HasMaxLength(60);
            e.HasIndex(x => new { x.RuleId, x.OrganizationId }).IsUnique();
            e.HasIndex(x => new { x.RuleId, x.Rate });
            e.HasOne<AwardRule>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
