using Bottega.Platform.Tenancy;

namespace Bottega.Community.Domain;

public enum ReputationReason
{
    UpvoteReceived = 0,
    DownvoteReceived = 1,
    AnswerAccepted = 2,

    /// <summary>The asker who accepts an answer gets a little too, for closing the loop.</summary>
    AcceptedAnAnswer = 3,
}

/// <summary>
/// One change of a person's reputation, with its cause. Unique per (reason, post, source person), so a vote or an
/// acceptance delivered twice counts once; undoing a vote deletes its event.
/// </summary>
public sealed class ReputationEvent : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid UserId { get; private set; }

    public ReputationReason Reason { get; private set; }

    public Guid PostId { get; private set; }

    public Guid SourceUserId { get; private set; }

    public int Points { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private ReputationEvent()
    {
    }

    public static ReputationEvent Create(Guid networkId, Guid userId, ReputationReason reason, Guid postId, Guid sourceUserId, int points, DateTime now) => new()
    {
        NetworkId = networkId,
        UserId = userId,
        Reason = reason,
        PostId = postId,
        SourceUserId = sourceUserId,
        Points = points,
        CreatedAt = now,
    };
}

/// <summary>A person's standing in one network's community: counts shown on profiles and the trust that skips review.</summary>
public sealed class MemberStats : INetworkScoped
{
    public Guid NetworkId { get; private set; }

    public Guid UserId { get; private set; }

    public int Reputation { get; private set; }

    public int Questions { get; private set; }

    public int Answers { get; private set; }

    public int AcceptedAnswers { get; private set; }

    /// <summary>Set when a moderator approved the person's first post (or they were trusted from the start): later posts skip review.</summary>
    public DateTime? TrustedAt { get; private set; }

    /// <summary>When the person dismissed or finished the first-visit guide.</summary>
    public DateTime? OnboardedAt { get; private set; }

    public DateTime? LastPostAt { get; private set; }

    private MemberStats()
    {
    }

    public static MemberStats Create(Guid networkId, Guid userId) => new() { NetworkId = networkId, UserId = userId };

    public void Set(int reputation, int questions, int answers, int acceptedAnswers)
    {
        Reputation = reputation;
        Questions = questions;
        Answers = answers;
        AcceptedAnswers = acceptedAnswers;
    }

    public void Trust(DateTime now) => TrustedAt ??= now;

    public void Onboarded(DateTime now) => OnboardedAt ??= now;

    public void Posted(DateTime now) => LastPostAt = now;
}

/// <summary>A private conversation between members of a network.</summary>
public sealed class Conversation : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Subject { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime LastMessageAt { get; private set; }

    private Conversation()
    {
    }

    public static Conversation Create(Guid networkId, string subject, DateTime now) =>
        new() { NetworkId = networkId, Subject = subject, CreatedAt = now, LastMessageAt = now };

    public void MessageAdded(DateTime now) => LastMessageAt = now;
}

/// <summary>A person in a conversation, with how far they have read.</summary>
public sealed class ConversationParticipant : INetworkScoped
{
    public Guid NetworkId { get; private set; }

    public Guid ConversationId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime? LastReadAt { get; private set; }

    private ConversationParticipant()
    {
    }

    public static ConversationParticipant Create(Guid networkId, Guid conversationId, Guid userId) =>
        new() { NetworkId = networkId, ConversationId = conversationId, UserId = userId };

    public void Read(DateTime now) => LastReadAt = now;
}

public sealed class PrivateMessage : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid ConversationId { get; private set; }

    public Guid SenderId { get; private set; }

    public string Markdown { get; private set; } = "";

    public string Html { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public Guid? ClientKey { get; private set; }

    private PrivateMessage()
    {
    }

    public static PrivateMessage Create(Guid networkId, Guid conversationId, Guid senderId, string markdown, string html, Guid? clientKey, DateTime now) => new()
    {
        NetworkId = networkId,
        ConversationId = conversationId,
        SenderId = senderId,
        Markdown = markdown,
        Html = html,
        ClientKey = clientKey,
        CreatedAt = now,
    };
}
