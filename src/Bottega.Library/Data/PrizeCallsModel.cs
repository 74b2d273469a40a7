using Bottega.Library.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Data;

/// <summary>Tables of prize calls, entries and jury scores (lib_prize_*).</summary>
internal static class PrizeCallsModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        ApplyCalls(b);
        ApplyJury(b);
    }

    private static void ApplyCalls(ModelBuilder b)
    {
        b.Entity<PrizeCall>(e =>
        {
            e.ToTable("lib_prize_calls");
            e.HasIndex(x => new { x.NetworkId, x.Status, x.SubmissionsOpenAt });
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(20000);
            e.Property(x => x.EligibilityText).HasMaxLength(2000);
            e.Property(x => x.EligibleKinds).HasMaxLength(200);
            e.Property(x => x.AwardName).HasMaxLength(150);
            e.Property(x => x.AwardDescription).HasMaxLength(1000);
        });
        b.Entity<PrizeCategory>(e =>
        {
            e.ToTable("lib_prize_categories");
            e.HasIndex(x => new { x.CallId, x.Position });
            e.Property(x => x.Name).HasMaxLength(150);
            e.Property(x => x.Description).HasMaxLength(1000);
        });
        b.Entity<PrizeCriterion>(e =>
        {
            e.ToTable("lib_prize_criteria");
            e.HasIndex(x => new { x.CallId, x.Position });
            e.Property(x => x.Name).HasMaxLength(150);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.Weight).HasPrecision(9, 3);
        });
        b.Entity<PrizeEntry>(e =>
        {
            e.ToTable("lib_prize_entries");
            e.HasIndex(x => new { x.CategoryId, x.OrganizationId }).IsUnique();
            e.HasIndex(x => new { x.CallId, x.Number }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.OrganizationId });
            e.Ignore(x => x.Code);
            e.Ignore(x => x.Content);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Summary).HasMaxLength(1000);
            e.Property(x => x.Problem).HasMaxLength(20000);
            e.Property(x => x.Solution).HasMaxLength(20000);
            e.Property(x => x.Results).HasMaxLength(20000);
            e.Property(x => x.Costs).HasMaxLength(5000);
            e.Property(x => x.Contacts).HasMaxLength(1000);
            e.Property(x => x.Theme).HasMaxLength(50);
            e.Property(x => x.ExclusionReason).HasMaxLength(1000);
            e.Property(x => x.Score).HasPrecision(6, 2);
        });
    }

    private static void ApplyJury(ModelBuilder b)
    {
        b.Entity<PrizeJuror>(e =>
        {
            e.ToTable("lib_prize_jurors");
            e.HasIndex(x => new { x.CallId, x.PersonId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.PersonId });
        });
        b.Entity<ConflictDeclaration>(e =>
        {
            e.ToTable("lib_prize_conflicts");
            e.HasIndex(x => new { x.EntryId, x.JurorId }).IsUnique();
            e.HasIndex(x => new { x.CallId, x.JurorId });
            e.Property(x => x.Reason).HasMaxLength(1000);
        });
        b.Entity<JurorScoreSheet>(e =>
        {
            e.ToTable("lib_prize_score_sheets");
            e.HasIndex(x => new { x.EntryId, x.JurorId }).IsUnique();
            e.HasIndex(x => new { x.CallId, x.JurorId });
            e.Property(x => x.Comment).HasMaxLength(5000);
        });
        b.Entity<JurorScore>(e =>
        {
            e.ToTable("lib_prize_scores");
            e.HasIndex(x => new { x.SheetId, x.CriterionId }).IsUnique();
        });
    }
}
