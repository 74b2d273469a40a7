using Bottega.Platform.Tenancy;

namespace Bottega.Community.Domain;

public enum SpaceKind
{
    /// <summary>A theme of the network (procurement, EU funds, innovation …).</summary>
    Theme = 0,

    /// <summary>The private space of a working group: only its members read and post.</summary>
    WorkingGroup = 1,

    /// <summary>The discussion of a course (<see cref="Space.SourceId"/> is the course id).</summary>
    Course = 2,
}

/// <summary>Who may do something in a space. Moderators and network admins may always.</summary>
public enum SpaceAccess
{
    /// <summary>Every active member of the network.</summary>
    NetworkMembers = 0,

    /// <summary>Only the people listed as the space's members (<see cref="SpaceMember"/>).</summary>
    SpaceMembers = 1,

    /// <summary>Only moderators (an announcements space).</summary>
    Moderators = 2,
}

/// <summary>A place of discussion of one network: a theme, a working group or a course.</summary>
public sealed class Space : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    /// <summary>Unique in the network; part of the space's URL.</summary>
    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public SpaceKind Kind { get; private set; }

    /// <summary>The course of a course space, the group of a working-group space.</summary>
    public Guid? SourceId { get; private set; }

    public SpaceAccess ReadAccess { get; private set; }

    public SpaceAccess PostAccess { get; private set; }

    public int Position { get; private set; }

    public bool IsArchived { get; private set; }

    public int TopicCount { get; private set; }

    public int PostCount { get; private set; }

    public DateTime? LastActivityAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private Space()
    {
    }

    public static Space Create(Guid networkId, string slug, string name, string? description, SpaceKind kind, Guid? sourceId,
        SpaceAccess readAccess, SpaceAccess postAccess, int position, DateTime now) => new()
        {
            NetworkId = networkId,
            Slug = slug,
            Name = name,
            Description = description,
            Kind = kind,
            SourceId = sourceId,
            ReadAccess = readAccess,
            PostAccess = postAccess,
            Position = position,
            CreatedAt = now,
        };

    public void Update(string name, string? description, SpaceAccess readAccess, SpaceAccess postAccess, int position)
    {
        Name = name;
        Description = description;
        ReadAccess = readAccess;
        PostAccess = postAccess;
        Position = position;
    }

    public void Archive(bool archived) => IsArchived = archived;

    /// <summary>Sets the counters from a recount of the space's visible topics and posts.</summary>
    public void Recount(int topics, int posts, DateTime? lastActivityAt)
    {
        TopicCount = topics;
        PostCount = posts;
        LastActivityAt = lastActivityAt;
    }

    /// <summary>Changes what the space is about (a theme, a working group, a course's discussion).</summary>
    public void Reclassify(SpaceKind kind, Guid? sourceId)
    {
        Kind = kind;
        SourceId = sourceId;
    }

}

public enum SpaceRole
{
    Member = 0,
    Moderator = 1,
}

/// <summary>A person listed in a space: a member of a private space, or a moderator of one space only.</summary>
public sealed class SpaceMember : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid SpaceId { get; private set; }

    public Guid UserId { get; private set; }

    public SpaceRole Role { get; private set; }

    public DateTime AddedAt { get; private set; }

    private SpaceMember()
    {
    }

    public static SpaceMember Create(Guid networkId, Guid spaceId, Guid userId, SpaceRole role, DateTime now) =>
        new() { NetworkId = networkId, SpaceId = spaceId, UserId = userId, Role = role, AddedAt = now };

    public void ChangeRole(SpaceRole role) => Role = role;
}
