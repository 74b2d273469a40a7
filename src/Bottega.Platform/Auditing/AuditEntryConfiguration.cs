using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bottega.Platform.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("plt_audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasMaxLength(80);
        builder.Property(e => e.TargetType).HasMaxLength(80);
        builder.Property(e => e.TargetId).HasMaxLength(80);
        builder.Property(e => e.Summary).HasMaxLength(500);
        builder.HasIndex(e => new { e.NetworkId, e.At });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.ActorUserId);
    }
}
