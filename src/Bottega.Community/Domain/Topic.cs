using Bottega.Platform.Tenancy;

namespace Bottega.Community.Domain;

public enum TopicKind
{
    Discussion = 0,

    /// <summary>Replies are answers, with votes and one accepted answer.</summary>
    Question = 1,
}

/// <summary>What readers see of a topic or a post.</summary>
public enum Visibility
{
    Visible = 0,

    /// <summary>A new member's first post, waiting for a moderator; only its author and moderators see it.</summary>
    PendingReview = 1,

    /// <summary>Hidden by a moderator; only moderators see it.</summary>
    Hidden = 2,

    /// <summary>Deleted by its author; kept for the thread's numbering, shown as deleted.</summary>
    Deleted = 3,
}

/// <summary>A discussion or a question in a space. Its first post (number 1) holds the body.</summary>
public sealed class Topic : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid SpaceId { get; private set; }

    public TopicKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public Guid AuthorId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public Visibility Visibility { get; private set; }

    public bool IsLocked { get; private set; }

    public bool IsPinned { get; private set; }

    /// <summary>Set when a moderator merged this topic into another: its posts moved there and this one redirects.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>The accepted answer of a question.</summary>
    public Guid? AcceptedPostId { get; private set; }

    /// <summary>Visible replies (posts after the first).</summary>
    public int ReplyCount { get; private set; }

    /// <summary>Sum of the votes on the first post.</summary>
    public int Score { get; private set; }

    public int ViewCount { get; private set; }

    public DateTime LastPostAt { get; private set; }

    public Guid LastPostAuthorId { get; private set; }

    /// <summary>Highest post number used; the next post takes the next one.</summary>
    public int LastPostNumber { get; private set; }

    private Topic()
    {
    }

    public static Topic Create(Guid networkId, Guid spaceId, TopicKind kind, string title, Guid authorId, Visibility visibility, DateTime now) => new()
    {
        NetworkId = networkId,
        SpaceId = spaceId,
        Kind = kind,
        Title = title,
        AuthorId = authorId,
        Visibility = visibility,
        CreatedAt = now,
        LastPostAt = now,
        LastPostAuthorId = authorId,
        LastPostNumber = 1,
    };

    public bool IsAnswered => AcceptedPostId is not null || ReplyCount > 0;

    public void Rename(string title) => Title = title;

    public void SetVisibility(Visibility visibility) => Visibility = visibility;

    public void Lock(bool locked) => IsLocked = locked;

    public void Pin(bool pinned) => IsPinned = pinned;

    public void MoveTo(Guid spaceId) => SpaceId = spaceId;

    public void MergeInto(Guid topicId)
    {
        MergedIntoId = topicId;
        Visibility = Visibility.Hidden;
    }

    public void Accept(Guid? postId) => AcceptedPostId = postId;

    public int NextPostNumber() => ++LastPostNumber;

    public void Replied(Guid authorId, DateTime now, bool visible)
    {
        LastPostAt = now;
        LastPostAuthorId = authorId;
        if (visible)
        {
            ReplyCount++;
        }
    }

    public void RecountReplies(int replies) => ReplyCount = replies;

    public void SetScore(int score) => Score = score;
}
