using System.Diagnostics.CodeAnalysis;
using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>
/// A shelf of a network's library (for example by pillar: central procurement, EU policies, innovation services), or the
/// private collection of a working group (<see cref="WorkingGroupId"/> set).
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A collection of the library in the domain's sense, not a .NET collection type.")]
public sealed class LibraryCollection : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    /// <summary>Unique in the network; used in URLs and filters.</summary>
    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public Guid? WorkingGroupId { get; private set; }

    public int Position { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private LibraryCollection()
    {
    }

    public static LibraryCollection Create(Guid networkId, string slug, string name, string? description, Guid? workingGroupId, int position, DateTime now) =>
        new() { NetworkId = networkId, Slug = slug, Name = name, Description = description, WorkingGroupId = workingGroupId, Position = position, CreatedAt = now };

    public void Update(string name, string? description, int position)
    {
        Name = name;
        Description = description;
        Position = position;
    }

    public void ChangeSlug(string slug) => Slug = slug;
}
