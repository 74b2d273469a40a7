using System.Net;
using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Demo;
using Bottega.Platform.Search;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Community.Tests.Moderation;

/// <summary>The moderator's actions through the pages: each works and is audited, and is refused to whoever does not moderate the space.</summary>
public sealed class ModerationActionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Academy;
    private static readonly string Moderator = DemoAccounts.ModeratorOf(Network);
    private static readonly string Member = DemoAccounts.ReferentOf(Network);
    private static readonly string Author = DemoAccounts.TeacherOf(Network);

    private static string ModerationPage(Guid topicId) => $"/reti/{Network}/comunita/discussioni/{topicId}/moderazione";

    private static string Queue => $"/reti/{Network}/comunita/moderazione";

    private Task<HttpResponseMessage> ActAsync(string email, Guid topicId, string handler, Dictionary<string, string> fields) =>
        app.Factory.ClientFor(email).PostFormAsync(ModerationPage(topicId), $"{ModerationPage(topicId)}?handler={handler}", fields);

    [Fact]
    public async Task Moderator_hides_a_reply_which_is_audited_recounted_and_told_to_its_author_then_shows_it_again()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author, replies: 2);
        var reply = topic.PostIds[1];

        var hidden = await ActAsync(Moderator, topic.TopicId, "Hide", new() { ["PostId"] = reply.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        var again = await ActAsync(Moderator, topic.TopicId, "Hide", new() { ["PostId"] = reply.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        Assert.Equal(Visibility.Hidden, (await ModerationArrange.PostAsync(app.Factory, reply)).Visibility);
        Assert.Equal(1, (await ModerationArrange.TopicOfAsync(app.Factory, topic.TopicId)).ReplyCount);
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.post.hidden", reply));
        Assert.Equal(1, await ModerationArrange.OutboxCountAsync(app.Factory, ModerationApplied.OutboxType, reply));

        var shown = await ActAsync(Moderator, topic.TopicId, "Unhide", new() { ["PostId"] = reply.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        Assert.Equal(Visibility.Visible, (await ModerationArrange.PostAsync(app.Factory, reply)).Visibility);
        Assert.Equal(2, (await ModerationArrange.TopicOfAsync(app.Factory, topic.TopicId)).ReplyCount);
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.post.unhidden", reply));
    }

    [Fact]
    public async Task Hiding_the_first_post_hides_the_topic()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author, replies: 1);

        var response = await ActAsync(Moderator, topic.TopicId, "Hide", new() { ["PostId"] = topic.PostIds[0].ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Visibility.Hidden, (await ModerationArrange.TopicOfAsync(app.Factory, topic.TopicId)).Visibility);
    }

    [Fact]
    public async Task Hidden_topic_leaves_the_search_index_and_comes_back_when_shown_again()
    {
        var word = "parola" + new string([.. Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26)))]);
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author, title: "Domanda sul " + word);
        var first = new Dictionary<string, string> { ["PostId"] = topic.PostIds[0].ToString() };

        await ActAsync(Moderator, topic.TopicId, "Hide", first);
        await ActAsync(Moderator, topic.TopicId, "Unhide", first);
        Assert.Equal([topic.TopicId], await SearchAsync(word));

        await ActAsync(Moderator, topic.TopicId, "Hide", first);
        Assert.Empty(await SearchAsync(word));
    }

    private async Task<List<Guid>> SearchAsync(string word)
    {
        await using var scope = await TenantScope.ForAsync(app.Factory, Network);
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var hits = await scope.ServiceProvider.GetRequiredService<IFullTextIndex>()
            .SearchAsync(db, "community.topic", db.CurrentNetworkId, word, 10, CancellationToken.None);
        return [.. hits.Select(h => h.Key)];
    }

    [Fact]
    public async Task Moderator_locks_and_pins_a_topic_and_each_change_is_audited_once()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author);

        await ActAsync(Moderator, topic.TopicId, "Lock", new() { ["Locked"] = "true" });
        await ActAsync(Moderator, topic.TopicId, "Lock", new() { ["Locked"] = "true" });
        var pinned = await ActAsync(Moderator, topic.TopicId, "Pin", new() { ["Pinned"] = "true", ["Ritorno"] = "true" });

        var stored = await ModerationArrange.TopicOfAsync(app.Factory, topic.TopicId);
        Assert.True(stored.IsLocked);
        Assert.True(stored.IsPinned);
        Assert.EndsWith($"/discussioni/{topic.TopicId}", pinned.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.topic.locked", topic.TopicId));
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.topic.pinned", topic.TopicId));
    }

    [Fact]
    public async Task Moderator_moves_a_topic_and_the_space_counters_follow()
    {
        var from = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var to = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, from, Author, replies: 1);

        var response = await ActAsync(Moderator, topic.TopicId, "Move", new() { ["SpaceId"] = to.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(to, (await ModerationArrange.TopicOfAsync(app.Factory, topic.TopicId)).SpaceId);
        var target = await app.Factory.QueryAsync(db => db.Set<Space>().IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == to));
        Assert.Equal((1, 2), (target.TopicCount, target.PostCount));
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.topic.moved", topic.TopicId));
    }

    [Fact]
    public async Task Merge_moves_the_posts_after_the_targets_last_and_the_merged_topic_points_to_it()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var target = await ModerationArrange.TopicAsync(app.Factory, space, Author, replies: 2);
        var source = await ModerationArrange.TopicAsync(app.Factory, space, Author, replies: 1);

        var response = await ActAsync(Moderator, source.TopicId, "Merge",
            new() { ["Target"] = $"https://localhost/reti/{Network}/comunita/discussioni/{target.TopicId}?pagina=2" });
        var again = await ActAsync(Moderator, source.TopicId, "Merge", new() { ["Target"] = target.TopicId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var moved = await app.Factory.QueryAsync(db => db.Set<Post>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => source.PostIds.Contains(p.Id)).OrderBy(p => p.Number).Select(p => new { p.TopicId, p.Number }).ToListAsync());
        Assert.All(moved, p => Assert.Equal(target.TopicId, p.TopicId));
        Assert.Equal([4, 5], moved.Select(p => p.Number));
        var merged = await ModerationArrange.TopicOfAsync(app.Factory, source.TopicId);
        Assert.Equal(target.TopicId, merged.MergedIntoId);
        var into = await ModerationArrange.TopicOfAsync(app.Factory, target.TopicId);
        Assert.Equal((5, 4), (into.LastPostNumber, into.ReplyCount));
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.topic.merged", source.TopicId));
    }

    [Fact]
    public async Task Plain_member_is_refused_every_action_and_the_queue()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author, replies: 1);
        var member = app.Factory.ClientFor(Member);
        var tokenPage = $"/reti/{Network}/comunita/messaggi/{topic.PostIds[1]}/segnala";

        Assert.True((await member.GetAsync(Queue)).IsDenied());
        Assert.True((await member.GetAsync(ModerationPage(topic.TopicId))).IsDenied());
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("Hide", new() { ["PostId"] = topic.PostIds[1].ToString() }),
            ("Lock", new() { ["Locked"] = "true" }),
            ("Pin", new() { ["Pinned"] = "true" }),
        })
        {
            var response = await member.PostFormAsync(tokenPage, $"{ModerationPage(topic.TopicId)}?handler={handler}", fields);
            Assert.True(response.IsDenied(), $"{handler}: {(int)response.StatusCode}");
        }

        var ban = await member.PostFormAsync(tokenPage, $"{Queue}?handler=Ban",
            new Dictionary<string, string> { ["UserId"] = (await app.Factory.UserIdAsync(Author)).ToString(), ["Days"] = "3", ["Reason"] = "Prova" });
        Assert.True(ban.IsDenied());
        var stored = await ModerationArrange.TopicOfAsync(app.Factory, topic.TopicId);
        Assert.False(stored.IsLocked);
        Assert.Equal(Visibility.Visible, (await ModerationArrange.PostAsync(app.Factory, topic.PostIds[1])).Visibility);
    }

    [Fact]
    public async Task Moderator_of_another_network_is_refused()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author);
        var other = app.Factory.ClientFor(DemoAccounts.ModeratorOf(DemoAccounts.Rup));

        Assert.True((await other.GetAsync(Queue)).IsDenied());
        Assert.True((await other.GetAsync(ModerationPage(topic.TopicId))).IsDenied());
        // In their own network the topic does not exist.
        var own = await other.GetAsync($"/reti/{DemoAccounts.Rup}/comunita/discussioni/{topic.TopicId}/moderazione");
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
    }

    [Fact]
    public async Task Space_moderator_acts_in_their_space_only()
    {
        // Another network, so that this space moderator stays a plain member in the other tests' network.
        const string network = DemoAccounts.Federation;
        var spaceModerator = DemoAccounts.ReferentOf(network);
        var author = DemoAccounts.TeacherOf(network);
        string Page(Guid topicId) => $"/reti/{network}/comunita/discussioni/{topicId}/moderazione";
        var mine = await ModerationArrange.SpaceAsync(app.Factory, network);
        var others = await ModerationArrange.SpaceAsync(app.Factory, network);
        await ModerationArrange.SpaceRoleAsync(app.Factory, mine, spaceModerator, SpaceRole.Moderator);
        var inMine = await ModerationArrange.TopicAsync(app.Factory, mine, author, replies: 1);
        var inOthers = await ModerationArrange.TopicAsync(app.Factory, others, author, replies: 1);
        var client = app.Factory.ClientFor(spaceModerator);

        var hidden = await client.PostFormAsync(Page(inMine.TopicId), $"{Page(inMine.TopicId)}?handler=Hide",
            new Dictionary<string, string> { ["PostId"] = inMine.PostIds[1].ToString() });
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal(Visibility.Hidden, (await ModerationArrange.PostAsync(app.Factory, inMine.PostIds[1])).Visibility);

        Assert.True((await client.GetAsync(Page(inOthers.TopicId))).IsDenied());
        var refused = await client.PostFormAsync(Page(inMine.TopicId), $"{Page(inOthers.TopicId)}?handler=Hide",
            new Dictionary<string, string> { ["PostId"] = inOthers.PostIds[1].ToString() });
        Assert.True(refused.IsDenied());
        Assert.Equal(Visibility.Visible, (await ModerationArrange.PostAsync(app.Factory, inOthers.PostIds[1])).Visibility);

        var move = await client.PostFormAsync(Page(inMine.TopicId), $"{Page(inMine.TopicId)}?handler=Move",
            new Dictionary<string, string> { ["SpaceId"] = others.ToString() });
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        Assert.Contains("solo in uno spazio che moderi", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(mine, (await ModerationArrange.TopicOfAsync(app.Factory, inMine.TopicId)).SpaceId);

        var ban = await client.PostFormAsync(Page(inMine.TopicId), $"/reti/{network}/comunita/moderazione?handler=Ban",
            new Dictionary<string, string> { ["UserId"] = (await app.Factory.UserIdAsync(author)).ToString(), ["Days"] = "3", ["Reason"] = "Prova" });
        Assert.True(ban.IsDenied());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/reti/{network}/comunita/moderazione")).StatusCode);
    }

    [Fact]
    public async Task Private_space_outsider_gets_not_found()
    {
        var secret = await ModerationArrange.SpaceAsync(app.Factory, Network, SpaceAccess.SpaceMembers);
        var topic = await ModerationArrange.TopicAsync(app.Factory, secret, Author);

        var response = await app.Factory.ClientFor(Member).GetAsync(ModerationPage(topic.TopicId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
