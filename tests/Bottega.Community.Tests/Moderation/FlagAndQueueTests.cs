using System.Net;
using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Moderation;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Community.Tests.Moderation;

/// <summary>Reports by members, the moderation queue, approval of new members' posts and bans.</summary>
public sealed class FlagAndQueueTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Provinces;
    private static readonly string Moderator = DemoAccounts.ModeratorOf(Network);
    private static readonly string Member = DemoAccounts.ReferentOf(Network);
    private static readonly string Author = DemoAccounts.TeacherOf(Network);
    private static readonly string Queue = $"/reti/{Network}/comunita/moderazione";

    private static string FlagPage(Guid postId) => $"/reti/{Network}/comunita/messaggi/{postId}/segnala";

    private Task<List<Flag>> FlagsAsync(Guid postId) =>
        app.Factory.QueryAsync(db => db.Set<Flag>().IgnoreQueryFilters().AsNoTracking().Where(f => f.PostId == postId).ToListAsync());

    [Fact]
    public async Task Member_flags_a_post_once_even_with_a_double_click_and_the_page_then_says_already_reported()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author, replies: 1);
        var client = app.Factory.ClientFor(Member);
        var form = await client.GetDocumentAsync(FlagPage(topic.PostIds[1]));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string> { ["Reason"] = nameof(FlagReason.Offensive), ["Comment"] = "Tono offensivo", ["__RequestVerificationToken"] = token };

        using var firstContent = new FormUrlEncodedContent(fields);
        var first = await client.PostAsync(new Uri(FlagPage(topic.PostIds[1]), UriKind.Relative), firstContent);
        using var secondContent = new FormUrlEncodedContent(fields);
        var second = await client.PostAsync(new Uri(FlagPage(topic.PostIds[1]), UriKind.Relative), secondContent);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Hai già segnalato questo messaggio.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var flag = Assert.Single(await FlagsAsync(topic.PostIds[1]));
        Assert.Equal((FlagReason.Offensive, "Tono offensivo"), (flag.Reason, flag.Comment));
        Assert.Contains("Hai già segnalato questo messaggio.", (await client.GetDocumentAsync(FlagPage(topic.PostIds[1]))).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Own_post_cannot_be_flagged()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Member);
        var client = app.Factory.ClientFor(Member);

        var response = await client.PostFormAsync(FlagPage(topic.PostIds[0]), new Dictionary<string, string> { ["Reason"] = nameof(FlagReason.Spam) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Non puoi segnalare un tuo messaggio.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await FlagsAsync(topic.PostIds[0]));
    }

    [Fact]
    public async Task Post_in_a_private_space_cannot_be_flagged_by_an_outsider()
    {
        var secret = await ModerationArrange.SpaceAsync(app.Factory, Network, SpaceAccess.SpaceMembers);
        var topic = await ModerationArrange.TopicAsync(app.Factory, secret, Author);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(Member).GetAsync(FlagPage(topic.PostIds[0]))).StatusCode);
    }

    [Fact]
    public async Task Queue_groups_flags_by_post_and_dismissing_closes_them_with_an_audit_entry()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author, title: "Discussione segnalata " + Guid.NewGuid().ToString("N")[..6]);
        await app.Factory.ClientFor(Member).PostFormAsync(FlagPage(topic.PostIds[0]), new Dictionary<string, string> { ["Reason"] = nameof(FlagReason.Spam) });
        await app.Factory.ClientFor(Moderator).PostFormAsync(FlagPage(topic.PostIds[0]), new Dictionary<string, string> { ["Reason"] = nameof(FlagReason.OffTopic) });
        var moderator = app.Factory.ClientFor(Moderator);

        var queue = await moderator.GetDocumentAsync(Queue);
        var card = queue.QuerySelector($"#flag-{topic.PostIds[0]}")?.ParentElement;
        Assert.NotNull(card);
        Assert.Contains("2 segnalazioni", card.TextContent, StringComparison.Ordinal);

        var dismissed = await moderator.PostFormAsync(Queue, $"{Queue}?handler=Dismiss", new Dictionary<string, string> { ["PostId"] = topic.PostIds[0].ToString() });
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.All(await FlagsAsync(topic.PostIds[0]), f => Assert.Equal(FlagResolution.Dismissed, f.Resolution));
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.flags.dismissed", topic.PostIds[0]));
        Assert.Equal(Visibility.Visible, (await ModerationArrange.PostAsync(app.Factory, topic.PostIds[0])).Visibility);
    }

    [Fact]
    public async Task Space_moderator_sees_the_flags_of_their_spaces_only()
    {
        var mine = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var others = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var inMine = await ModerationArrange.TopicAsync(app.Factory, mine, Author);
        var inOthers = await ModerationArrange.TopicAsync(app.Factory, others, Author);
        await using (var db = app.Factory.Open())
        {
            var reporter = await app.Factory.UserIdAsync(Member);
            db.AddRange(Flag.Create(inMine.NetworkId, inMine.PostIds[0], reporter, FlagReason.Spam, null, ModerationArrange.Now),
                Flag.Create(inOthers.NetworkId, inOthers.PostIds[0], reporter, FlagReason.Spam, null, ModerationArrange.Now));
            await db.SaveChangesAsync();
        }

        // The referent of this network moderates one space.
        await ModerationArrange.SpaceRoleAsync(app.Factory, mine, Member, SpaceRole.Moderator);
        var queue = await app.Factory.ClientFor(Member).GetDocumentAsync(Queue);

        Assert.NotNull(queue.QuerySelector($"#flag-{inMine.PostIds[0]}"));
        Assert.Null(queue.QuerySelector($"#flag-{inOthers.PostIds[0]}"));
        Assert.DoesNotContain(queue.QuerySelectorAll(".nav-link"), a => a.TextContent.Contains("Sospensioni", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approving_a_pending_first_post_publishes_the_topic_trusts_the_author_and_emits_post_published_once()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author, visibility: Visibility.PendingReview, kind: TopicKind.Question);
        var moderator = app.Factory.ClientFor(Moderator);

        var review = await moderator.GetDocumentAsync($"{Queue}?scheda=revisione");
        Assert.NotNull(review.QuerySelector($"#pending-{topic.PostIds[0]}"));
        var fields = new Dictionary<string, string> { ["PostId"] = topic.PostIds[0].ToString() };
        var approved = await moderator.PostFormAsync($"{Queue}?scheda=revisione", $"{Queue}?scheda=revisione&handler=Approve", fields);
        var again = await moderator.PostFormAsync($"{Queue}?scheda=revisione", $"{Queue}?scheda=revisione&handler=Approve", fields);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(Visibility.Visible, (await ModerationArrange.PostAsync(app.Factory, topic.PostIds[0])).Visibility);
        Assert.Equal(Visibility.Visible, (await ModerationArrange.TopicOfAsync(app.Factory, topic.TopicId)).Visibility);
        var authorId = await app.Factory.UserIdAsync(Author);
        var stats = await app.Factory.QueryAsync(db => db.Set<MemberStats>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(s => s.NetworkId == topic.NetworkId && s.UserId == authorId));
        Assert.NotNull(stats.TrustedAt);
        Assert.Equal(1, await ModerationArrange.OutboxCountAsync(app.Factory, PostPublished.OutboxType, topic.PostIds[0]));
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.post.approved", topic.PostIds[0]));
        var space1 = await app.Factory.QueryAsync(db => db.Set<Space>().IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == space));
        Assert.Equal(1, space1.TopicCount);
    }

    [Fact]
    public async Task Rejecting_a_pending_reply_keeps_it_hidden()
    {
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var topic = await ModerationArrange.TopicAsync(app.Factory, space, Author);
        var reply = await ModerationArrange.ReplyAsync(app.Factory, topic.TopicId, Member, Visibility.PendingReview);

        var rejected = await app.Factory.ClientFor(Moderator).PostFormAsync($"{Queue}?scheda=revisione", $"{Queue}?scheda=revisione&handler=Reject",
            new Dictionary<string, string> { ["PostId"] = reply.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(Visibility.Hidden, (await ModerationArrange.PostAsync(app.Factory, reply)).Visibility);
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.post.rejected", reply));
    }

    [Fact]
    public async Task Ban_blocks_posting_through_the_gate_until_lifted()
    {
        var banned = DemoAccounts.TeacherOf(Network);
        var userId = await app.Factory.UserIdAsync(banned);
        var moderator = app.Factory.ClientFor(Moderator);
        var fields = new Dictionary<string, string> { ["Email"] = banned, ["Days"] = "5", ["Reason"] = "Messaggi pubblicitari ripetuti" };

        var response = await moderator.PostFormAsync($"{Queue}?scheda=sospensioni", $"{Queue}?scheda=sospensioni&handler=BanEmail", fields);
        var twice = await moderator.PostFormAsync($"{Queue}?scheda=sospensioni", $"{Queue}?scheda=sospensioni&handler=BanEmail", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        var ban = Assert.Single(await app.Factory.QueryAsync(db => db.Set<Ban>().IgnoreQueryFilters().AsNoTracking().Where(b => b.UserId == userId).ToListAsync()));
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.user.banned", userId));
        Assert.Equal(GateOutcome.Banned, (await GateAsync(userId)).Outcome);

        var lifted = await moderator.PostFormAsync($"{Queue}?scheda=sospensioni", $"{Queue}?scheda=sospensioni&handler=Lift",
            new Dictionary<string, string> { ["BanId"] = ban.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Equal(1, await ModerationArrange.AuditCountAsync(app.Factory, "community.user.unbanned", userId));
        Assert.True((await GateAsync(userId)).Allowed);
    }

    private async Task<GateDecision> GateAsync(Guid userId)
    {
        await using var scope = await TenantScope.ForAsync(app.Factory, Network);
        var network = await app.Factory.NetworkAsync(Network);
        return await scope.ServiceProvider.GetRequiredService<PostingGate>().CheckAsync(network.Id, userId, false, CancellationToken.None);
    }
}
