using Bottega.Community.Domain;
using Bottega.Platform.Search;

namespace Bottega.Community.Features.Moderation;

/// <summary>
/// The community's documents in the full-text index: a topic (key: topic id; its title and first post) and each reply
/// (key: post id; the topic's title and the reply). Only what every reader of the space may see is indexed.
/// </summary>
internal static class CommunitySearch
{
    public const string TopicKind = "community.topic";
    public const string PostKind = "community.post";

    public static SearchDocument TopicDocument(Topic topic, Post firstPost) => new(TopicKind, topic.Id, topic.NetworkId, topic.Title, firstPost.Markdown);

    public static SearchDocument PostDocument(Topic topic, Post post) => new(PostKind, post.Id, topic.NetworkId, topic.Title, post.Markdown);

    /// <summary>The first words of a post, for events and notifications.</summary>
    public static string Excerpt(string markdown, int length = 200)
    {
        var text = string.Join(' ', (markdown ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
    }
}
