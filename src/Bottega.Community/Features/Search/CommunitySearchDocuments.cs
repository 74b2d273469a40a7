using Bottega.Community.Domain;
using Bottega.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Search;

/// <summary>
/// The community's documents in the full-text index: a topic (key topic id; its title and first post) and a reply
/// (key post id; the topic's title and the reply). The posting code upserts them in the transaction that publishes,
/// edits or renames, and removes them when content is hidden or deleted; search reads them through <see cref="CommunitySearch"/>.
/// </summary>
internal static class CommunitySearchDocuments
{
    public const string TopicKind = "community.topic";
    public const string PostKind = "community.post";

    public static SearchDocument Topic(Topic topic, string firstPostMarkdown)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return new SearchDocument(TopicKind, topic.Id, topic.NetworkId, topic.Title, firstPostMarkdown);
    }

    public static SearchDocument Reply(Post post, string topicTitle)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new SearchDocument(PostKind, post.Id, post.NetworkId, topicTitle, post.Markdown);
    }

    /// <summary>Upserts the topic's document for a first post, the reply's otherwise.</summary>
    public static Task IndexAsync(IFullTextIndex index, DbContext db, Topic topic, Post post, CancellationToken ct) =>
        index.UpsertAsync(db, post.Number == 1 ? Topic(topic, post.Markdown) : Reply(post, topic.Title), ct);

    public static Task RemoveAsync(IFullTextIndex index, DbContext db, Topic topic, Post post, CancellationToken ct) =>
        post.Number == 1 ? index.RemoveAsync(db, TopicKind, topic.Id, ct) : index.RemoveAsync(db, PostKind, post.Id, ct);
}
