using Bottega.Library.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Data;

/// <summary>Tables of good-practice cases (lib_practice*).</summary>
internal static class GoodPracticesModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        b.Entity<GoodPractice>(e =>
        {
            e.ToTable("lib_practices");
            // Browsing published cases by region and by theme, newest first; the review queue.
            e.HasIndex(x => new { x.NetworkId, x.Status, x.RegionId, x.PublishedAt });
            e.HasIndex(x => new { x.NetworkId, x.Status, x.Theme, x.PublishedAt });
            e.HasIndex(x => new { x.NetworkId, x.OrganizationId });
            e.HasIndex(x => x.PrizeEntryId).IsUnique().HasFilter("\"PrizeEntryId\" IS NOT NULL");
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Summary).HasMaxLength(1000);
            e.Property(x => x.Problem).HasMaxLength(20000);
            e.Property(x => x.Solution).HasMaxLength(20000);
            e.Property(x => x.Results).HasMaxLength(20000);
            e.Property(x => x.Costs).HasMaxLength(5000);
            e.Property(x => x.Contacts).HasMaxLength(1000);
            e.Property(x => x.Theme).HasMaxLength(50);
            e.Property(x => x.ReviewNote).HasMaxLength(2000);
        });
        b.Entity<GoodPracticeAttachment>(e =>
        {
            e.ToTable("lib_practice_attachments");
            e.HasIndex(x => x.PracticeId);
            e.Property(x => x.FileKey).HasMaxLength(200);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(150);
        });
        b.Entity<GoodPracticeLabel>(e =>
        {
            e.ToTable("lib_practice_labels");
            e.HasIndex(x => new { x.PracticeId, x.Tag });
            e.HasIndex(x => new { x.NetworkId, x.Tag });
            e.HasIndex(x => new { x.NetworkId, x.CompetenceId });
            e.Property(x => x.Tag).HasMaxLength(50);
        });
    }
}
