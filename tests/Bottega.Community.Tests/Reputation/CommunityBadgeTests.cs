using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Community.Tests.Moderation;
using Bottega.Credentials.Domain;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Reputation;

/// <summary>Community badges issued through the credentials module when a published post or an accepted answer reaches a threshold.</summary>
public sealed class CommunityBadgeTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;

    private async Task PublishedTwiceAsync(ArrangedTopic topic, Guid postId, int number, Guid authorId)
    {
        await using var db = app.Factory.Open();
        var now = ModerationArrange.Now;
        var published = new PostPublished(topic.NetworkId, topic.SpaceId, topic.TopicId, postId, number, authorId, true, "Domanda", "Testo", [], [], now);
        CommunityOutbox.Add(db, PostPublished.OutboxType, published, now);
        CommunityOutbox.Add(db, PostPublished.OutboxType, published, now);
        await db.SaveChangesAsync();
    }

    private Task<List<Credential>> CredentialsAsync(Guid networkId, string key, Guid userId) =>
        app.Factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.NetworkId == networkId && c.RecipientUserId == userId)
            .Join(db.Set<Achievement>().IgnoreQueryFilters().Where(a => a.AwardKey == "community:" + key), c => c.AchievementId, a => a.Id, (c, a) => c)
            .ToListAsync());

    private Task<int> BadgeNotificationsAsync(Guid userId) =>
        app.Factory.QueryAsync(db => db.Set<Notification>().IgnoreQueryFilters().CountAsync(n => n.UserId == userId && n.Kind == NotificationKind.CommunityBadge));

    [Fact]
    public async Task First_visible_answer_earns_prima_risposta_once_even_when_delivered_twice()
    {
        var answerer = DemoAccounts.TeacherOf(Network);
        var answererId = await app.Factory.UserIdAsync(answerer);
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var question = await ModerationArrange.TopicAsync(app.Factory, space, DemoAccounts.ReferentOf(Network), kind: TopicKind.Question);
        var answer = await ModerationArrange.ReplyAsync(app.Factory, question.TopicId, answerer);

        await PublishedTwiceAsync(question, answer, 2, answererId);
        await app.Factory.DeliverOutboxAsync();
        await PublishedTwiceAsync(question, answer, 2, answererId);
        await app.Factory.DeliverOutboxAsync();

        Assert.Single(await CredentialsAsync(question.NetworkId, "prima-risposta", answererId));
        Assert.Equal(1, await BadgeNotificationsAsync(answererId));
        var achievement = await app.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(a => a.NetworkId == question.NetworkId && a.AwardKey == "community:prima-risposta"));
        Assert.Equal((AchievementKind.Community, "Prima risposta"), (achievement.Kind, achievement.Name));
    }

    [Fact]
    public async Task Pending_answer_earns_nothing()
    {
        var answerer = DemoAccounts.AdminOf(Network);
        var answererId = await app.Factory.UserIdAsync(answerer);
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var question = await ModerationArrange.TopicAsync(app.Factory, space, DemoAccounts.ReferentOf(Network), kind: TopicKind.Question);
        var answer = await ModerationArrange.ReplyAsync(app.Factory, question.TopicId, answerer, Visibility.PendingReview);

        await PublishedTwiceAsync(question, answer, 2, answererId);
        await app.Factory.DeliverOutboxAsync();

        Assert.Empty(await CredentialsAsync(question.NetworkId, "prima-risposta", answererId));
    }

    [Fact]
    public async Task Helpful_colleague_is_issued_at_the_fifth_accepted_answer()
    {
        var answerer = DemoAccounts.ModeratorOf(Network);
        var answererId = await app.Factory.UserIdAsync(answerer);
        var space = await ModerationArrange.SpaceAsync(app.Factory, Network);
        var asker = DemoAccounts.ReferentOf(Network);
        var askerId = await app.Factory.UserIdAsync(asker);

        for (var i = 1; i <= 5; i++)
        {
            var question = await ModerationArrange.TopicAsync(app.Factory, space, asker, kind: TopicKind.Question);
            var answer = await ModerationArrange.ReplyAsync(app.Factory, question.TopicId, answerer);
            await using (var db = app.Factory.Open())
            {
                var topic = await db.Set<Topic>().IgnoreQueryFilters().SingleAsync(t => t.Id == question.TopicId);
                topic.Accept(answer);
                CommunityOutbox.Add(db, AnswerAccepted.OutboxType,
                    new AnswerAccepted(question.NetworkId, question.TopicId, answer, answererId, askerId, topic.Title, ModerationArrange.Now), ModerationArrange.Now);
                await db.SaveChangesAsync();
            }

            await app.Factory.DeliverOutboxAsync();
            Assert.Equal(i == 5 ? 1 : 0, (await CredentialsAsync(question.NetworkId, "collega-prezioso", answererId)).Count);
        }
    }

    [Fact]
    public async Task Approving_a_pending_question_earns_prima_domanda_on_delivery()
    {
        const string network = DemoAccounts.Rup;
        var asker = DemoAccounts.ReferentOf(network);
        var askerId = await app.Factory.UserIdAsync(asker);
        var space = await ModerationArrange.SpaceAsync(app.Factory, network);
        var question = await ModerationArrange.TopicAsync(app.Factory, space, asker, visibility: Visibility.PendingReview, kind: TopicKind.Question);
        var queue = $"/reti/{network}/comunita/moderazione?scheda=revisione";

        await app.Factory.ClientFor(DemoAccounts.ModeratorOf(network)).PostFormAsync(queue, queue + "&handler=Approve",
            new Dictionary<string, string> { ["PostId"] = question.PostIds[0].ToString() });
        await app.Factory.DeliverOutboxAsync();

        Assert.Single(await CredentialsAsync(question.NetworkId, "prima-domanda", askerId));
    }
}
