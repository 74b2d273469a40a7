namespace Bottega.Community.Features.Spaces;

public enum TopicFilter
{
    All = 0,
    Questions = 1,
    Discussions = 2,

    /// <summary>Questions nobody has answered yet (no visible reply).</summary>
    Unanswered = 3,
}

public enum TopicSort
{
    /// <summary>Latest reply first (the default).</summary>
    Activity = 0,
    Newest = 1,
    Votes = 2,

    /// <summary>Unanswered questions first, then by last activity.</summary>
    UnansweredFirst = 3,
}

/// <summary>What the space page asks for: a filter, an optional tag, a sort and a page (25 topics per page, pinned ones first).</summary>
public sealed record TopicListQuery(TopicFilter Filter = TopicFilter.All, string? Tag = null, TopicSort Sort = TopicSort.Activity, int Page = 1);

/// <summary>One page of a space's or a tag's topics.</summary>
public sealed record TopicPage(IReadOnlyList<TopicRow> Topics, int Page, int PageCount, int Total);

/// <summary>The space page: the space, what the person may do there and a page of its topics.</summary>
public sealed record SpacePage(Domain.Space Space, Access.SpaceRights Rights, TopicPage Topics, TagLink? Tag);

/// <summary>The tag page: the tag and a page of its topics in the spaces the person reads, with the spaces' names.</summary>
public sealed record TagPage(TagLink Tag, TopicPage Topics, IReadOnlyDictionary<Guid, (string Slug, string Name)> Spaces, Guid TagId);
