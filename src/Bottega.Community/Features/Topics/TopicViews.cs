using Bottega.Community.Domain;

namespace Bottega.Community.Features.Topics;

public sealed record TopicHeader(Guid Id, Guid SpaceId, string SpaceSlug, string SpaceName, TopicKind Kind, string Title, Visibility Visibility, bool IsLocked,
    bool IsPinned, Guid AuthorId, Guid? AcceptedPostId, int ReplyCount, int ViewCount, DateTime CreatedAt);

public sealed record TagView(string Slug, string Name);

public sealed record AttachmentView(Guid Id, string FileName, long Size, bool IsImage);

/// <summary>A post as the reader sees it; <see cref="Html"/> is already sanitized (empty for a deleted post).</summary>
public sealed record PostView(Guid Id, int Number, Guid AuthorId, string AuthorName, int AuthorReputation, string Html, DateTime CreatedAt,
    DateTime? EditedAt, Visibility Visibility, int Score, int MyVote, bool IsAccepted, bool IsMine, bool CanEdit, IReadOnlyList<AttachmentView> Attachments);

/// <summary>The topic page: the first post, one page of replies and what the reader may do.</summary>
public sealed record TopicView(TopicHeader Topic, IReadOnlyList<TagView> Tags, PostView? First, IReadOnlyList<PostView> Replies, int Page, int PageCount,
    bool CanReply, string? ReplyNotice, bool CanModerate, bool CanAccept, bool CanVote);
