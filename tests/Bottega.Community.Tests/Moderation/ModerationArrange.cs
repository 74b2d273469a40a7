using Bottega.Community.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Outbox;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Tests.Moderation;

/// <summary>A topic arranged in the database: its id, its space and its posts' ids by number.</summary>
internal sealed record ArrangedTopic(Guid TopicId, Guid SpaceId, Guid NetworkId, IReadOnlyList<Guid> PostIds);

/// <summary>Spaces, topics and posts written straight to the database (the posting pages are built elsewhere).</summary>
internal static class ModerationArrange
{
    public static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    public static async Task<Guid> SpaceAsync(BottegaAppFactory factory, string networkSlug, SpaceAccess read = SpaceAccess.NetworkMembers)
    {
        var network = await factory.NetworkAsync(networkSlug);
        await using var db = factory.Open();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var space = Space.Create(network.Id, "spazio-" + suffix, "Spazio " + suffix, null, SpaceKind.Theme, null, read, read, 1, Now);
        db.Add(space);
        await db.SaveChangesAsync();
        return space.Id;
    }

    public static async Task SpaceRoleAsync(BottegaAppFactory factory, Guid spaceId, string email, SpaceRole role)
    {
        var userId = await factory.UserIdAsync(email);
        await using var db = factory.Open();
        var space = await db.Set<Space>().IgnoreQueryFilters().SingleAsync(s => s.Id == spaceId);
        db.Add(SpaceMember.Create(space.NetworkId, spaceId, userId, role, Now));
        await db.SaveChangesAsync();
    }

    /// <summary>A topic by <paramref name="authorEmail"/> with a first post and <paramref name="replies"/> replies by the same author.</summary>
    public static async Task<ArrangedTopic> TopicAsync(BottegaAppFactory factory, Guid spaceId, string authorEmail, int replies = 0,
        Visibility visibility = Visibility.Visible, TopicKind kind = TopicKind.Discussion, string? title = null)
    {
        var authorId = await factory.UserIdAsync(authorEmail);
        await using var db = factory.Open();
        var space = await db.Set<Space>().IgnoreQueryFilters().SingleAsync(s => s.Id == spaceId);
        var topic = Topic.Create(space.NetworkId, spaceId, kind, title ?? "Discussione " + Guid.NewGuid().ToString("N")[..6], authorId, visibility, Now);
        var posts = new List<Post> { Post.Create(space.NetworkId, topic.Id, 1, authorId, "Testo della domanda", "<p>Testo della domanda</p>", null, visibility, null, Now) };
        for (var i = 0; i < replies; i++)
        {
            var number = topic.NextPostNumber();
            posts.Add(Post.Create(space.NetworkId, topic.Id, number, authorId, "Risposta " + number, "<p>Risposta " + number + "</p>", null, visibility, null, Now));
            topic.Replied(authorId, Now, visibility == Visibility.Visible);
        }

        db.Add(topic);
        db.AddRange(posts);
        await db.SaveChangesAsync();
        return new ArrangedTopic(topic.Id, spaceId, space.NetworkId, [.. posts.Select(p => p.Id)]);
    }

    /// <summary>A reply by <paramref name="authorEmail"/> at the end of the topic.</summary>
    public static async Task<Guid> ReplyAsync(BottegaAppFactory factory, Guid topicId, string authorEmail, Visibility visibility = Visibility.Visible)
    {
        var authorId = await factory.UserIdAsync(authorEmail);
        await using var db = factory.Open();
        var topic = await db.Set<Topic>().IgnoreQueryFilters().SingleAsync(t => t.Id == topicId);
        var number = topic.NextPostNumber();
        var post = Post.Create(topic.NetworkId, topic.Id, number, authorId, "Risposta di un collega", "<p>Risposta di un collega</p>", null, visibility, null, Now);
        topic.Replied(authorId, Now, visibility == Visibility.Visible);
        db.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    public static Task<Post> PostAsync(BottegaAppFactory factory, Guid postId) =>
        factory.QueryAsync(db => db.Set<Post>().IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == postId));

    public static Task<Topic> TopicOfAsync(BottegaAppFactory factory, Guid topicId) =>
        factory.QueryAsync(db => db.Set<Topic>().IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == topicId));

    public static Task<int> AuditCountAsync(BottegaAppFactory factory, string action, Guid targetId)
    {
        var target = targetId.ToString();
        return factory.QueryAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == action && a.TargetId == target));
    }

    public static Task<int> OutboxCountAsync(BottegaAppFactory factory, string type, Guid mentioning)
    {
        var id = mentioning.ToString();
        return factory.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Type == type && m.Payload.Contains(id)));
    }
}
