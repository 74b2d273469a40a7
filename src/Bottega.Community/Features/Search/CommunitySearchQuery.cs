namespace Bottega.Community.Features.Search;

/// <summary>
/// A search of the community: words, and filters on the space and tag (slugs), answered or not, the author (an id, the
/// person themselves, or an e-mail address of a network member) and a date range (days in Rome, inclusive).
/// </summary>
public sealed record CommunitySearchQuery(string? Q, string? Space = null, string? Tag = null, bool? Answered = null, Guid? Author = null,
    bool Mine = false, string? AuthorEmail = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);

/// <summary>
/// A topic found, once however many of its posts matched: <see cref="PostId"/> is the best matching reply (null when
/// the topic itself matched best). Title and snippet are HTML with the matched words in &lt;mark&gt;.
/// </summary>
public sealed record CommunitySearchResult(Guid TopicId, Guid? PostId, string SpaceSlug, string SpaceName, Domain.TopicKind Kind,
    string TitleHtml, string SnippetHtml, string AuthorName, DateTime CreatedAt, int ReplyCount, bool IsAnswered);

public sealed record CommunitySearchPage(IReadOnlyList<CommunitySearchResult> Results, int Page, int PageCount, int Total, string? Error)
{
    public static readonly CommunitySearchPage Empty = new([], 1, 1, 0, null);
}
