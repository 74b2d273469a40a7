using System.Net;
using Bottega.Community.Domain;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Tests.Topics;

/// <summary>Arranges community data in the test database and drives the topic pages as a browser would.</summary>
internal static class CommunityWorld
{
    public const string Net = DemoAccounts.Rup;

    public static string Moderator => DemoAccounts.ModeratorOf(Net);

    public static string Teacher => DemoAccounts.TeacherOf(Net);

    public static string Referent => DemoAccounts.ReferentOf(Net);

    public static string TopicUrl(Guid topicId) => $"/reti/{Net}/comunita/discussioni/{topicId}";

    /// <summary>A new space of the network; members listed in it (for a private space) by e-mail.</summary>
    public static async Task<Space> SpaceAsync(this BottegaAppFactory factory, SpaceAccess read = SpaceAccess.NetworkMembers,
        SpaceAccess post = SpaceAccess.NetworkMembers, params string[] members)
    {
        var network = await factory.NetworkAsync(Net);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var space = Space.Create(network.Id, "spazio-" + Guid.NewGuid().ToString("N")[..8], "Spazio di prova", null, SpaceKind.Theme, null, read, post, 1, now);
        await using var db = factory.Open();
        db.Add(space);
        foreach (var email in members)
        {
            db.Add(SpaceMember.Create(network.Id, space.Id, await factory.UserIdAsync(email), SpaceRole.Member, now));
        }

        await db.SaveChangesAsync();
        return space;
    }

    /// <summary>The person skips first-post review in the network.</summary>
    public static async Task TrustAsync(this BottegaAppFactory factory, string email)
    {
        var network = await factory.NetworkAsync(Net);
        var userId = await factory.UserIdAsync(email);
        await using var db = factory.Open();
        var stats = await db.Set<MemberStats>().IgnoreQueryFilters().FirstOrDefaultAsync(s => s.NetworkId == network.Id && s.UserId == userId);
        if (stats is null)
        {
            stats = MemberStats.Create(network.Id, userId);
            db.Add(stats);
        }

        stats.Trust(TimeProvider.System.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    /// <summary>Fills and posts the new-topic form; the client key is the form's unless one is given.</summary>
    public static async Task<HttpResponseMessage> NewTopicAsync(this HttpClient client, string space, string title, string body,
        string kind = "Question", string tags = "", string? clientKey = null, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var url = $"/reti/{Net}/comunita/{space}/nuovo";
        var document = await client.GetDocumentAsync(url);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("ClientKey", clientKey ?? document.QuerySelector("input[name=ClientKey]")!.GetAttribute("value")!),
            new("Kind", kind),
            new("Title", title),
            new("Body", body),
            new("Tags", tags),
        };
        fields.AddRange(extra ?? []);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static async Task<Guid> CreateTopicAsync(this HttpClient client, string space, string title, string body = "Testo della domanda di prova.",
        string kind = "Question", string tags = "")
    {
        var response = await client.NewTopicAsync(space, title, body, kind, tags);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"New topic answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return TopicIdOf(response);
    }

    public static Guid TopicIdOf(HttpResponseMessage response) =>
        Guid.Parse(response.Headers.Location!.OriginalString.Split("/discussioni/")[1][..36]);

    public static Task<HttpResponseMessage> ReplyAsync(this HttpClient client, Guid topicId, string body, string? clientKey = null) =>
        client.PostFormAsync(TopicUrl(topicId), TopicUrl(topicId) + "?handler=Reply", new Dictionary<string, string>
        {
            ["Body"] = body,
            ["ClientKey"] = clientKey ?? Guid.NewGuid().ToString(),
        });

    public static async Task<Guid> CreateReplyAsync(this HttpClient client, Guid topicId, string body)
    {
        var response = await client.ReplyAsync(topicId, body);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Reply answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return Guid.Parse(response.Headers.Location!.OriginalString.Split("#post-")[1]);
    }

    public static Task<HttpResponseMessage> VoteAsync(this HttpClient client, Guid topicId, Guid postId, string value) =>
        client.PostFormAsync(TopicUrl(topicId), TopicUrl(topicId) + "?handler=Vote", new Dictionary<string, string> { ["postId"] = postId.ToString(), ["value"] = value });

    public static Task<HttpResponseMessage> AcceptAsync(this HttpClient client, Guid topicId, Guid postId) =>
        client.PostFormAsync(TopicUrl(topicId), TopicUrl(topicId) + "?handler=Accept", new Dictionary<string, string> { ["postId"] = postId.ToString() });

    public static Task<Post> FirstPostAsync(this BottegaAppFactory factory, Guid topicId) =>
        factory.QueryAsync(db => db.Set<Post>().IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.TopicId == topicId && p.Number == 1));

    public static Task<Post> PostAsync(this BottegaAppFactory factory, Guid postId) =>
        factory.QueryAsync(db => db.Set<Post>().IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == postId));

    public static Task<Topic> TopicAsync(this BottegaAppFactory factory, Guid topicId) =>
        factory.QueryAsync(db => db.Set<Topic>().IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == topicId));
}
