namespace Bottega.Community.Areas.Community.Pages.Posting;

/// <summary>A post's vote buttons.</summary>
public sealed record VoteButtons(Guid PostId, Guid TopicId, int Score, int MyVote, bool CanVote, string? Message = null);
