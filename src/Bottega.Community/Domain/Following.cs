using Bottega.Platform.Tenancy;

namespace Bottega.Community.Domain;

public enum SubscriptionTarget
{
    Space = 0,
    Tag = 1,
    Topic = 2,
}

/// <summary>A person follows a space, a tag or a topic: new activity there becomes a notification.</summary>
public sealed class Subscription : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid UserId { get; private set; }

    public SubscriptionTarget Target { get; private set; }

    public Guid TargetId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private Subscription()
    {
    }

    public static Subscription Create(Guid networkId, Guid userId, SubscriptionTarget target, Guid targetId, DateTime now) =>
        new() { NetworkId = networkId, UserId = userId, Target = target, TargetId = targetId, CreatedAt = now };
}

public enum NotificationKind
{
    NewTopic = 0,
    Reply = 1,
    Mention = 2,
    AnswerAccepted = 3,
    PrivateMessage = 4,
    Moderation = 5,
    CommunityBadge = 6,
}

/// <summary>Something a person should know about, shown under the bell and sent by e-mail or in the digest.</summary>
public sealed class Notification : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>Who caused it, if a person.</summary>
    public Guid? ActorId { get; private set; }

    public Guid? TopicId { get; private set; }

    public Guid? PostId { get; private set; }

    /// <summary>Short text shown in the list (a topic title, a message's first words), already in the recipient's terms.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Site-relative link to what it is about.</summary>
    public string Url { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    /// <summary>When it left by e-mail, alone or in a digest; null while it waits for the person's next digest.</summary>
    public DateTime? EmailedAt { get; private set; }

    private Notification()
    {
    }

    public static Notification Create(Guid networkId, Guid userId, NotificationKind kind, Guid? actorId, Guid? topicId, Guid? postId,
        string text, string url, DateTime now) => new()
        {
            NetworkId = networkId,
            UserId = userId,
            Kind = kind,
            ActorId = actorId,
            TopicId = topicId,
            PostId = postId,
            Text = text,
            Url = url,
            CreatedAt = now,
        };

    public void MarkRead(DateTime now) => ReadAt ??= now;

    public void MarkEmailed(DateTime now) => EmailedAt ??= now;
}

public enum EmailFrequency
{
    /// <summary>One e-mail per notification, as it happens.</summary>
    Immediate = 0,
    Daily = 1,
    Weekly = 2,
    Never = 3,
}

/// <summary>A person's e-mail choice for the community, across networks. Absent: daily digest.</summary>
public sealed class NotificationPreference
{
    public Guid UserId { get; private set; }

    public EmailFrequency Frequency { get; private set; } = EmailFrequency.Daily;

    /// <summary>When the last digest was sent, so the next covers what came after.</summary>
    public DateTime? LastDigestAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    private NotificationPreference()
    {
    }

    public static NotificationPreference Create(Guid userId, EmailFrequency frequency, DateTime now) =>
        new() { UserId = userId, Frequency = frequency, UpdatedAt = now };

    public void Change(EmailFrequency frequency, DateTime now)
    {
        Frequency = frequency;
        UpdatedAt = now;
    }

    public void DigestSent(DateTime now) => LastDigestAt = now;
}
