using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Moderation;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Bottega.Community.Tests.Moderation;

/// <summary>The gate asked before a topic, a reply or a private message: bans, the anti-spam rate, first-post review.</summary>
public sealed class PostingGateTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Anci;

    private async Task<GateDecision> CheckAsync(Guid userId, bool isModerator = false, string? markdown = null, CommunityOptions? options = null)
    {
        await using var scope = await TenantScope.ForAsync(app.Factory, Network);
        var network = await app.Factory.NetworkAsync(Network);
        var gate = options is null
            ? scope.ServiceProvider.GetRequiredService<PostingGate>()
            : new PostingGate(scope.ServiceProvider.GetRequiredService<CommunityDbContext>(), TimeProvider.System, Options.Create(options));
        return await gate.CheckAsync(network.Id, userId, isModerator, markdown, CancellationToken.None);
    }

    private async Task AddAsync(params object[] entities)
    {
        await using var db = app.Factory.Open();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    private async Task<Guid> NetworkIdAsync() => (await app.Factory.NetworkAsync(Network)).Id;

    private async Task<Guid> VisiblePostsAsync(Guid userId, int count, DateTime at)
    {
        var networkId = await NetworkIdAsync();
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = Topic.Create(networkId, space, TopicKind.Discussion, "Raffica", userId, Visibility.Visible, at);
        var posts = Enumerable.Range(1, count)
            .Select(n => Post.Create(networkId, topic.Id, n, userId, "Testo", "<p>Testo</p>", null, Visibility.Visible, null, at)).ToArray();
        await AddAsync([topic, .. posts]);
        return topic.Id;
    }

    [Fact]
    public async Task First_post_of_a_new_member_is_held_for_review()
    {
        Assert.Equal(GateOutcome.Review, (await CheckAsync(Guid.NewGuid())).Outcome);
    }

    [Fact]
    public async Task Author_trusted_by_an_approval_publishes_at_once()
    {
        var userId = Guid.NewGuid();
        var stats = MemberStats.Create(await NetworkIdAsync(), userId);
        stats.Trust(ModerationArrange.Now);
        await AddAsync(stats);

        Assert.Equal(GateOutcome.Publish, (await CheckAsync(userId)).Outcome);
    }

    [Fact]
    public async Task Ban_refuses_until_its_date_and_a_lifted_ban_allows_again()
    {
        var userId = Guid.NewGuid();
        var now = ModerationArrange.Now;
        var ban = Ban.Create(await NetworkIdAsync(), userId, now.AddDays(2), "Spam", Guid.NewGuid(), now);
        await AddAsync(ban, Ban.Create(await NetworkIdAsync(), userId, now.AddMinutes(-1), "Scaduta", Guid.NewGuid(), now.AddDays(-3)));

        var refused = await CheckAsync(userId, isModerator: true);
        Assert.Equal(GateOutcome.Banned, refused.Outcome);
        Assert.False(refused.Allowed);
        Assert.Equal(ban.Until, refused.Until!.Value, TimeSpan.FromSeconds(1));

        await using (var db = app.Factory.Open())
        {
            (await db.Set<Ban>().IgnoreQueryFilters().SingleAsync(b => b.Id == ban.Id)).Lift(ModerationArrange.Now);
            await db.SaveChangesAsync();
        }

        Assert.True((await CheckAsync(userId)).Allowed);
    }

    [Fact]
    public async Task Rate_limit_refuses_the_post_after_the_maximum_within_the_window_but_not_a_moderator()
    {
        var userId = Guid.NewGuid();
        var max = new CommunityOptions().MaxPostsPerWindow;
        await VisiblePostsAsync(userId, max - 1, ModerationArrange.Now.AddMinutes(-1));
        Assert.Equal(GateOutcome.Publish, (await CheckAsync(userId)).Outcome);

        await VisiblePostsAsync(userId, 1, ModerationArrange.Now);
        var refused = await CheckAsync(userId);
        Assert.Equal(GateOutcome.TooFast, refused.Outcome);
        Assert.True(refused.Until > ModerationArrange.Now);
        Assert.Equal(GateOutcome.Publish, (await CheckAsync(userId, isModerator: true)).Outcome);
    }

    [Fact]
    public async Task Posts_older_than_the_window_do_not_count()
    {
        var userId = Guid.NewGuid();
        await VisiblePostsAsync(userId, new CommunityOptions().MaxPostsPerWindow + 5, ModerationArrange.Now.AddHours(-2));

        Assert.Equal(GateOutcome.Publish, (await CheckAsync(userId)).Outcome);
    }

    [Fact]
    public async Task Link_heavy_post_of_someone_untrusted_is_held_even_without_first_post_review()
    {
        var options = new CommunityOptions { ReviewFirstPosts = false };
        var links = "Guarda https://a.example https://b.example www.c.example e https://d.example";

        Assert.Equal(GateOutcome.Publish, (await CheckAsync(Guid.NewGuid(), markdown: "Una domanda senza link", options: options)).Outcome);
        Assert.Equal(GateOutcome.Review, (await CheckAsync(Guid.NewGuid(), markdown: links, options: options)).Outcome);
        Assert.Equal(GateOutcome.Publish, (await CheckAsync(Guid.NewGuid(), isModerator: true, markdown: links, options: options)).Outcome);
    }
}
