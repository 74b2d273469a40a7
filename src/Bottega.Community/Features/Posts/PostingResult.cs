namespace Bottega.Community.Features.Posts;

public enum PostingStatus
{
    Published = 0,

    /// <summary>Saved, shown to others after a moderator's approval.</summary>
    PendingReview = 1,

    /// <summary>No such topic, post or space here, or one the person may not read.</summary>
    NotFound = 2,

    /// <summary>Refused with <see cref="PostingResult.Error"/> (an Italian sentence, a resource key, with its arguments).</summary>
    Refused = 3,
}

/// <summary>What became of a topic, reply or edit.</summary>
public sealed record PostingResult(PostingStatus Status, Guid TopicId, Guid PostId, string? Error, IReadOnlyList<object> Arguments)
{
    public bool Succeeded => Status is PostingStatus.Published or PostingStatus.PendingReview;

    internal static PostingResult Missing { get; } = new(PostingStatus.NotFound, Guid.Empty, Guid.Empty, null, []);

    internal static PostingResult Saved(Guid topicId, Guid postId, bool pending) =>
        new(pending ? PostingStatus.PendingReview : PostingStatus.Published, topicId, postId, null, []);

    internal static PostingResult Refuse(string error, params object[] arguments) => new(PostingStatus.Refused, Guid.Empty, Guid.Empty, error, arguments);
}
