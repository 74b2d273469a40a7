using Bottega.Platform.Tenancy;

namespace Bottega.Community.Domain;

public enum FlagReason
{
    Spam = 0,
    Offensive = 1,
    OffTopic = 2,
    Duplicate = 3,
    PersonalData = 4,
    Other = 5,
}

public enum FlagResolution
{
    /// <summary>The moderator acted on the post (hid it, locked or merged the topic).</summary>
    Upheld = 0,
    Dismissed = 1,
}

/// <summary>A member reports a post to the moderators; one open flag per post and person.</summary>
public sealed class Flag : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid PostId { get; private set; }

    public Guid ReporterId { get; private set; }

    public FlagReason Reason { get; private set; }

    public string? Comment { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    public Guid? ResolvedById { get; private set; }

    public FlagResolution? Resolution { get; private set; }

    private Flag()
    {
    }

    public static Flag Create(Guid networkId, Guid postId, Guid reporterId, FlagReason reason, string? comment, DateTime now) =>
        new() { NetworkId = networkId, PostId = postId, ReporterId = reporterId, Reason = reason, Comment = comment, CreatedAt = now };

    public void Resolve(Guid moderatorId, FlagResolution resolution, DateTime now)
    {
        ResolvedAt = now;
        ResolvedById = moderatorId;
        Resolution = resolution;
    }
}

/// <summary>A person may not post in a network's community until a date; lifted early by a moderator.</summary>
public sealed class Ban : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime Until { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid ModeratorId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? LiftedAt { get; private set; }

    private Ban()
    {
    }

    public static Ban Create(Guid networkId, Guid userId, DateTime until, string reason, Guid moderatorId, DateTime now) =>
        new() { NetworkId = networkId, UserId = userId, Until = until, Reason = reason, ModeratorId = moderatorId, CreatedAt = now };

    public bool IsActive(DateTime now) => LiftedAt is null && Until > now;

    public void Lift(DateTime now) => LiftedAt ??= now;
}
