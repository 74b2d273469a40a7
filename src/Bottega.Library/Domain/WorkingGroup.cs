using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>
/// A small team of a network (a focus group) with its own private collection, community space and meetings, and,
/// when it chooses, a public page of its outputs.
/// </summary>
public sealed class WorkingGroup : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Purpose { get; private set; }

    public Guid CoordinatorId { get; private set; }

    /// <summary>The group's private collection (created with the group).</summary>
    public Guid? CollectionId { get; private set; }

    /// <summary>The slug of its private community space, once created.</summary>
    public string? SpaceSlug { get; private set; }

    /// <summary>Whether the group publishes a page of its outputs (documents it marked public or network-wide).</summary>
    public bool PublishesOutputs { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private WorkingGroup()
    {
    }

    public static WorkingGroup Create(Guid networkId, string slug, string name, string? purpose, Guid coordinatorId, DateTime now) =>
        new() { NetworkId = networkId, Slug = slug, Name = name, Purpose = purpose, CoordinatorId = coordinatorId, CreatedAt = now };

    public void Update(string name, string? purpose, bool publishesOutputs)
    {
        Name = name;
        Purpose = purpose;
        PublishesOutputs = publishesOutputs;
    }

    public void ChangeCoordinator(Guid coordinatorId) => CoordinatorId = coordinatorId;

    public void AttachCollection(Guid collectionId) => CollectionId = collectionId;

    public void AttachSpace(string spaceSlug) => SpaceSlug = spaceSlug;

    public void Archive(bool archived) => IsArchived = archived;
}

/// <summary>A person in a working group; one row per group and person.</summary>
public sealed class WorkingGroupMember : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid PersonId { get; private set; }

    public WorkingGroupRole Role { get; private set; }

    public DateTime JoinedAt { get; private set; }

    private WorkingGroupMember()
    {
    }

    public static WorkingGroupMember Create(Guid networkId, Guid groupId, Guid personId, WorkingGroupRole role, DateTime now) =>
        new() { NetworkId = networkId, GroupId = groupId, PersonId = personId, Role = role, JoinedAt = now };

    public void ChangeRole(WorkingGroupRole role) => Role = role;
}
