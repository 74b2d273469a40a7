using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Search;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Search;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Community.Tests.Spaces;

/// <summary>Spaces, topics and replies written straight to the test database (and the search index), as the posting code would.</summary>
internal static class SpaceArrange
{
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<Space> SpaceAsync(BottegaAppFactory factory, string network, string name, SpaceKind kind = SpaceKind.Theme,
        SpaceAccess read = SpaceAccess.NetworkMembers, SpaceAccess post = SpaceAccess.NetworkMembers, bool archived = false)
    {
        var networkId = (await factory.NetworkAsync(network)).Id;
        await using var db = factory.Open();
        var space = Space.Create(networkId, SpaceSlugs.From(name), name, null, kind, null, read, post, 0, Now().AddDays(-30));
        space.Archive(archived);
        db.Add(space);
        await db.SaveChangesAsync();
        return space;
    }

    public static async Task AddMemberAsync(BottegaAppFactory factory, Space space, string email, SpaceRole role = SpaceRole.Member)
    {
        var userId = await factory.UserIdAsync(email);
        await using var db = factory.Open();
        db.Add(SpaceMember.Create(space.NetworkId, space.Id, userId, role, Now()));
        await db.SaveChangesAsync();
    }

    /// <summary>A visible topic with its first post and the given replies, indexed for search; the space's counters recounted.</summary>
    public static async Task<Topic> TopicAsync(BottegaAppFactory factory, Space space, TopicKind kind, string title, string body, string authorEmail,
        IReadOnlyList<(string Email, string Text)>? replies = null, IReadOnlyList<string>? tags = null, DateTime? at = null, bool pinned = false)
    {
        var when = at ?? Now().AddHours(-1);
        var author = await factory.UserIdAsync(authorEmail);
        var index = factory.Services.GetRequiredService<IFullTextIndex>();
        await using var db = factory.Open();
        var topic = Topic.Create(space.NetworkId, space.Id, kind, title, author, Visibility.Visible, when);
        topic.Pin(pinned);
        var first = Post.Create(space.NetworkId, topic.Id, 1, author, body, body, null, Visibility.Visible, null, when);
        db.AddRange(topic, first);
        var posts = new List<Post>();
        foreach (var (email, text) in replies ?? [])
        {
            var replier = await factory.UserIdAsync(email);
            when = when.AddMinutes(1);
            var reply = Post.Create(space.NetworkId, topic.Id, topic.NextPostNumber(), replier, text, text, null, Visibility.Visible, null, when);
            topic.Replied(replier, when, visible: true);
            posts.Add(reply);
            db.Add(reply);
        }

        foreach (var name in tags ?? [])
        {
            var tag = db.Set<Tag>().Local.FirstOrDefault(t => t.Slug == name) ?? db.Set<Tag>().IgnoreQueryFilters().FirstOrDefault(t => t.NetworkId == space.NetworkId && t.Slug == name);
            if (tag is null)
            {
                tag = Tag.Create(space.NetworkId, name, name);
                db.Add(tag);
            }

            db.Add(TopicTag.Create(space.NetworkId, topic.Id, tag.Id));
        }

        await db.SaveChangesAsync();
        await index.UpsertAsync(db, CommunitySearchDocuments.Topic(topic, body), CancellationToken.None);
        foreach (var reply in posts)
        {
            await index.UpsertAsync(db, CommunitySearchDocuments.Reply(reply, title), CancellationToken.None);
        }

        await RecountAsync(factory, space.Id);
        return topic;
    }

    public static async Task RecountAsync(BottegaAppFactory factory, Guid spaceId)
    {
        using var scope = factory.Services.CreateScope();
        await SpaceCounters.RecountAsync(scope.ServiceProvider.GetRequiredService<CommunityDbContext>(), spaceId, CancellationToken.None);
    }

    public static DateTime Now() => TimeProvider.System.GetUtcNow().UtcDateTime;
}
