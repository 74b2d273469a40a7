using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>
/// A document of a network's library: its metadata and the number of its current version. The files are in
/// <see cref="DocumentVersion"/>; every new upload keeps the history.
/// </summary>
public sealed class LibraryDocument : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public DocumentKind Kind { get; private set; }

    public Guid? CollectionId { get; private set; }

    /// <summary>The member organization that owns (and maintains) the document.</summary>
    public Guid? OwnerOrganizationId { get; private set; }

    /// <summary>The owning organization's region, copied when the owner is set, so the region filter needs no join across modules.</summary>
    public Guid? RegionId { get; private set; }

    public DocumentLicence Licence { get; private set; }

    public DocumentVisibility Visibility { get; private set; }

    /// <summary>The working group a <see cref="DocumentVisibility.WorkingGroup"/> document belongs to.</summary>
    public Guid? WorkingGroupId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>The year of the current version (the year filter).</summary>
    public int Year { get; private set; }

    /// <summary>0 until the first file is uploaded.</summary>
    public int CurrentVersion { get; private set; }

    public long DownloadCount { get; private set; }

    public int AdoptionCount { get; private set; }

    public bool IsArchived { get; private set; }

    private LibraryDocument()
    {
    }

    public static LibraryDocument Create(Guid networkId, DocumentMetadata metadata, Guid createdBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var document = new LibraryDocument { NetworkId = networkId, CreatedBy = createdBy, CreatedAt = now, Year = now.Year };
        document.Describe(metadata, now);
        return document;
    }

    public void Describe(DocumentMetadata metadata, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Title = metadata.Title;
        Description = metadata.Description;
        Kind = metadata.Kind;
        CollectionId = metadata.CollectionId;
        OwnerOrganizationId = metadata.OwnerOrganizationId;
        RegionId = metadata.RegionId;
        Licence = metadata.Licence;
        Visibility = metadata.Visibility;
        WorkingGroupId = metadata.Visibility == DocumentVisibility.WorkingGroup ? metadata.WorkingGroupId : null;
        UpdatedAt = now;
    }

    /// <summary>Moves to the next version number (the caller adds the <see cref="DocumentVersion"/> with it).</summary>
    public int NextVersion(DateTime now)
    {
        CurrentVersion++;
        UpdatedAt = now;
        Year = now.Year;
        return CurrentVersion;
    }

    public void Archive(bool archived, DateTime now)
    {
        IsArchived = archived;
        UpdatedAt = now;
    }

    public void RecountAdoptions(int count) => AdoptionCount = count;
}

/// <summary>What a person fills in about a document (validated at the edge before it reaches the entity).</summary>
public sealed record DocumentMetadata(
    string Title,
    string? Description,
    DocumentKind Kind,
    Guid? CollectionId,
    Guid? OwnerOrganizationId,
    Guid? RegionId,
    DocumentLicence Licence,
    DocumentVisibility Visibility,
    Guid? WorkingGroupId);
