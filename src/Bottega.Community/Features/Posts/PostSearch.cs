using Bottega.Community.Domain;
using Bottega.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>
/// The community's full-text documents: a topic (its title and first post) under <see cref="TopicKind"/>, each reply
/// under <see cref="ReplyKind"/> with its topic's title. Every post is indexed whatever its visibility: searches load
/// the hits through the context and keep only what the reader may see.
/// </summary>
internal static class PostSearch
{
    public const string TopicKind = "community.topic";
    public const string ReplyKind = "community.post";

    public static Task IndexAsync(IFullTextIndex index, DbContext db, Topic topic, Post post, CancellationToken ct) =>
        post.Number == 1
            ? index.UpsertAsync(db, new SearchDocument(TopicKind, topic.Id, topic.NetworkId, topic.Title, post.Markdown), ct)
            : index.UpsertAsync(db, new SearchDocument(ReplyKind, post.Id, post.NetworkId, topic.Title, post.Markdown), ct);

    public static Task RemoveAsync(IFullTextIndex index, DbContext db, Topic topic, Post post, CancellationToken ct) =>
        post.Number == 1 ? index.RemoveAsync(db, TopicKind, topic.Id, ct) : index.RemoveAsync(db, ReplyKind, post.Id, ct);
}
