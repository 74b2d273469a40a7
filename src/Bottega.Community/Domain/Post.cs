using Bottega.Platform.Tenancy;

namespace Bottega.Community.Domain;

/// <summary>A message in a topic: number 1 is the topic's body, the others are replies (answers, in a question).</summary>
public sealed class Post : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid TopicId { get; private set; }

    public int Number { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>What the author wrote.</summary>
    public string Markdown { get; private set; } = "";

    /// <summary>The Markdown rendered and sanitized once, when written.</summary>
    public string Html { get; private set; } = "";

    /// <summary>The post this one quotes or replies to, if any.</summary>
    public Guid? ReplyToId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? EditedAt { get; private set; }

    public int RevisionCount { get; private set; }

    public Visibility Visibility { get; private set; }

    public int Score { get; private set; }

    /// <summary>Key the author's browser sends with the form; a second submission with the same key is the same post.</summary>
    public Guid? ClientKey { get; private set; }

    private Post()
    {
    }

    public static Post Create(Guid networkId, Guid topicId, int number, Guid authorId, string markdown, string html, Guid? replyToId,
        Visibility visibility, Guid? clientKey, DateTime now) => new()
        {
            NetworkId = networkId,
            TopicId = topicId,
            Number = number,
            AuthorId = authorId,
            Markdown = markdown,
            Html = html,
            ReplyToId = replyToId,
            Visibility = visibility,
            ClientKey = clientKey,
            CreatedAt = now,
        };

    public void Edit(string markdown, string html, DateTime now)
    {
        Markdown = markdown;
        Html = html;
        EditedAt = now;
        RevisionCount++;
    }

    public void SetVisibility(Visibility visibility) => Visibility = visibility;

    public void MoveTo(Guid topicId, int number)
    {
        TopicId = topicId;
        Number = number;
    }

    public void SetScore(int score) => Score = score;
}

/// <summary>An earlier text of a post, kept when it is edited (the edit history).</summary>
public sealed class PostRevision : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid PostId { get; private set; }

    /// <summary>1 for the original text, then one more per edit.</summary>
    public int Number { get; private set; }

    /// <summary>The topic's title at that revision, for first posts.</summary>
    public string? Title { get; private set; }

    public string Markdown { get; private set; } = "";

    public Guid EditorId { get; private set; }

    public string? Reason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private PostRevision()
    {
    }

    public static PostRevision Create(Guid networkId, Guid postId, int number, string? title, string markdown, Guid editorId, string? reason, DateTime now) => new()
    {
        NetworkId = networkId,
        PostId = postId,
        Number = number,
        Title = title,
        Markdown = markdown,
        EditorId = editorId,
        Reason = reason,
        CreatedAt = now,
    };
}

/// <summary>One person's vote on one post: +1 or -1. Unique per post and person.</summary>
public sealed class Vote : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid PostId { get; private set; }

    public Guid UserId { get; private set; }

    public int Value { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private Vote()
    {
    }

    public static Vote Create(Guid networkId, Guid postId, Guid userId, int value, DateTime now) =>
        new() { NetworkId = networkId, PostId = postId, UserId = userId, Value = value, CreatedAt = now };

    public void Change(int value, DateTime now)
    {
        Value = value;
        CreatedAt = now;
    }
}

/// <summary>A file attached to a post (an image shown inline or a document to download), stored through IFileStore.</summary>
public sealed class Attachment : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    /// <summary>Null while the post is being written (uploaded from the editor), set when the post is saved.</summary>
    public Guid? PostId { get; private set; }

    public Guid UploaderId { get; private set; }

    public string FileKey { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public bool IsImage { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private Attachment()
    {
    }

    public static Attachment Create(Guid networkId, Guid uploaderId, string fileKey, string fileName, string contentType, long size, bool isImage, DateTime now) => new()
    {
        NetworkId = networkId,
        UploaderId = uploaderId,
        FileKey = fileKey,
        FileName = fileName,
        ContentType = contentType,
        Size = size,
        IsImage = isImage,
        CreatedAt = now,
    };

    public void AttachTo(Guid postId) => PostId = postId;
}
