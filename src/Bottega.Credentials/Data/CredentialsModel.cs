using Bottega.Credentials.Awards;
using Bottega.Credentials.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Data;

internal static class CredentialsModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        b.Entity<Issuer>(e =>
        {
            e.ToTable("crd_issuers");
            e.HasIndex(x => x.NetworkId).IsUnique();
            e.HasIndex(x => x.Slug).IsUnique();
            e.Property(x => x.Slug).HasMaxLength(80);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Url).HasMaxLength(500);
            e.Property(x => x.Email).HasMaxLength(254);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.ImageKey).HasMaxLength(200);
            e.Property(x => x.ImageContentType).HasMaxLength(100);
        });
        b.Entity<IssuerKey>(e =>
        {
            e.ToTable("crd_issuer_keys");
            e.HasIndex(x => new { x.IssuerId, x.Number }).IsUnique();
            e.Property(x => x.PublicKey).HasMaxLength(32);
            e.Property(x => x.ProtectedPrivateKey).HasMaxLength(1000);
        });
        b.Entity<Achievement>(e =>
        {
            e.ToTable("crd_achievements");
            e.HasIndex(x => new { x.NetworkId, x.Kind, x.SourceId });
            e.HasIndex(x => new { x.NetworkId, x.AwardKey }).IsUnique();
            e.Property(x => x.AwardKey).HasMaxLength(120);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Criteria).HasMaxLength(4000);
            e.Property(x => x.ImageKey).HasMaxLength(200);
            e.Property(x => x.ImageContentType).HasMaxLength(100);
            e.Property(x => x.Colour).HasMaxLength(7);
            e.HasMany(x => x.Alignments).WithOne().HasForeignKey(x => x.AchievementId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AchievementAlignment>(e =>
        {
            e.ToTable("crd_achievement_alignments");
            e.HasIndex(x => new { x.AchievementId, x.CompetenceId }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.Framework).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(2000);
        });
        b.Entity<Credential>(e =>
        {
            e.ToTable("crd_credentials");
            e.HasIndex(x => x.PublicId).IsUnique();
            e.HasIndex(x => new { x.IssuerId, x.StatusIndex }).IsUnique();
            // A completion recorded twice, or a rule evaluated twice, finds this index and issues nothing more.
            e.HasIndex(x => new { x.AchievementId, x.RecipientKey }).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
            e.HasIndex(x => new { x.RecipientUserId, x.IssuedAt });
            e.HasIndex(x => new { x.RecipientOrganizationId, x.IssuedAt });
            e.HasIndex(x => new { x.NetworkId, x.AchievementId, x.IssuedAt });
            e.HasIndex(x => new { x.IssuerId, x.RevokedAt });
            e.Property(x => x.PublicId).HasMaxLength(40);
            e.Property(x => x.RecipientKey).HasMaxLength(40);
            e.Property(x => x.RecipientName).HasMaxLength(300);
            e.Property(x => x.IdentityHash).HasMaxLength(80);
            e.Property(x => x.IdentitySalt).HasMaxLength(40);
            e.Property(x => x.SourceReference).HasMaxLength(100);
            e.Property(x => x.RevocationReason).HasMaxLength(500);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.RecipientKind).HasConversion<string>().HasMaxLength(20);
        });
        b.Entity<Achievement>().Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
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
