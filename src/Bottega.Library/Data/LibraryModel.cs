using Bottega.Library.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Data;

internal static class LibraryModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        ApplyDocuments(b);
        ApplyDocumentLinks(b);
        ApplyWorkingGroups(b);
    }

    private static void ApplyDocuments(ModelBuilder b)
    {
        b.Entity<LibraryCollection>(e =>
        {
            e.ToTable("lib_collections");
            e.HasIndex(x => new { x.NetworkId, x.Slug }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.WorkingGroupId, x.Position });
            e.Property(x => x.Slug).HasMaxLength(80);
            e.Property(x => x.Name).HasMaxLength(150);
            e.Property(x => x.Description).HasMaxLength(2000);
        });
        b.Entity<LibraryDocument>(e =>
        {
            e.ToTable("lib_documents");
            // Browsing: a network's documents, newest first, by collection, kind, organization, region, year.
            e.HasIndex(x => new { x.NetworkId, x.IsArchived, x.UpdatedAt });
            e.HasIndex(x => new { x.NetworkId, x.CollectionId, x.UpdatedAt });
            e.HasIndex(x => new { x.NetworkId, x.Kind });
            e.HasIndex(x => new { x.NetworkId, x.OwnerOrganizationId });
            e.HasIndex(x => new { x.NetworkId, x.RegionId });
            e.HasIndex(x => new { x.NetworkId, x.Year });
            e.HasIndex(x => new { x.NetworkId, x.WorkingGroupId });
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Description).HasMaxLength(5000);
        });
        b.Entity<DocumentVersion>(e =>
        {
            e.ToTable("lib_document_versions");
            e.HasIndex(x => new { x.DocumentId, x.Number }).IsUnique();
            // The extraction worker looks for pending versions.
            e.HasIndex(x => x.Extraction);
            e.HasIndex(x => x.FileKey).IsUnique();
            e.Property(x => x.FileKey).HasMaxLength(200);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(150);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.ExtractionError).HasMaxLength(500);
        });
    }

    private static void ApplyDocumentLinks(ModelBuilder b)
    {
        b.Entity<DocumentTag>(e =>
        {
            e.ToTable("lib_document_tags");
            e.HasIndex(x => new { x.DocumentId, x.Tag }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.Tag });
            e.Property(x => x.Tag).HasMaxLength(50);
        });
        b.Entity<DocumentCompetence>(e =>
        {
            e.ToTable("lib_document_competences");
            e.HasIndex(x => new { x.DocumentId, x.CompetenceId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.CompetenceId });
        });
        b.Entity<DocumentAdoption>(e =>
        {
            e.ToTable("lib_document_adoptions");
            e.HasIndex(x => new { x.DocumentId, x.OrganizationId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.OrganizationId });
            e.Property(x => x.Note).HasMaxLength(1000);
        });
        b.Entity<DocumentComment>(e =>
        {
            e.ToTable("lib_document_comments");
            e.HasIndex(x => new { x.DocumentId, x.CreatedAt });
            e.HasIndex(x => x.AuthorId);
            e.Property(x => x.Body).HasMaxLength(10000);
        });
        b.Entity<DocumentFollower>(e =>
        {
            e.ToTable("lib_document_followers");
            e.HasIndex(x => new { x.DocumentId, x.PersonId }).IsUnique();
            e.HasIndex(x => x.PersonId);
        });
    }

    private static void ApplyWorkingGroups(ModelBuilder b)
    {
        b.Entity<WorkingGroup>(e =>
        {
            e.ToTable("lib_working_groups");
            e.HasIndex(x => new { x.NetworkId, x.Slug }).IsUnique();
            e.Property(x => x.Slug).HasMaxLength(80);
            e.Property(x => x.Name).HasMaxLength(150);
            e.Property(x => x.Purpose).HasMaxLength(5000);
            e.Property(x => x.SpaceSlug).HasMaxLength(80);
        });
        b.Entity<WorkingGroupMember>(e =>
        {
            e.ToTable("lib_working_group_members");
            e.HasIndex(x => new { x.GroupId, x.PersonId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.PersonId });
        });
        b.Entity<WorkingGroupMeeting>(e =>
        {
            e.ToTable("lib_working_group_meetings");
            e.HasIndex(x => new { x.GroupId, x.StartsAt });
            e.HasIndex(x => x.EventId).IsUnique();
            e.HasIndex(x => x.ScheduledBy);
        });
    }
}
