using System.Net;
using Bottega.Community.Features.Notifications;
using Bottega.Community.Tests.Following;
using Bottega.Community.Tests.Topics;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Community.Tests.Journey;

/// <summary>
/// The issue's "done when", on the seeded demo: the learner asks in the RUP association's procurement space and sees
/// similar questions while typing; Marco Ferrari (RUP in Bergamo, who follows the space) is notified and answers; the
/// learner accepts; both find it in their notifications and in the next daily digest in the pickup folder.
/// </summary>
public sealed class AskAnswerAcceptJourneyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Space = "procedure-di-affidamento";
    private const string Title = "Affidamento diretto di un servizio da 90.000 euro: come motivare la deroga alla rotazione?";

    [Fact]
    public async Task A_question_reaches_a_colleague_in_another_province_who_answers_and_is_accepted_with_notifications_and_digests()
    {
        var factory = app.Factory;
        var asker = factory.ClientFor(DemoAccounts.Learner);
        var colleague = factory.ClientFor(DemoAccounts.Colleague);

        // While typing the title, the seeded question on the same subject is suggested.
        var similar = await asker.GetStringAsync($"/reti/{DemoAccounts.Rup}/comunita/scrittura/simili?title={Uri.EscapeDataString("affidamento diretto rotazione")}");
        Assert.Contains("Affidamento diretto sotto i 140.000 euro: serve sempre la rotazione?", WebUtility.HtmlDecode(similar));

        var topicId = await asker.CreateTopicAsync(Space, Title,
            "Il precedente affidatario ha lavorato bene. Come avete motivato la deroga alla rotazione?", tags: "affidamento-diretto");
        await factory.DeliverOutboxAsync();

        var colleaguePage = WebUtility.HtmlDecode(await colleague.GetStringAsync("/notifiche"));
        Assert.Contains(Title, colleaguePage);

        var answerId = await colleague.CreateReplyAsync(topicId,
            "Da noi a Bergamo motiviamo con l'accurata esecuzione del contratto precedente e il confronto con i prezzi di mercato.");
        await factory.DeliverOutboxAsync();
        Assert.Contains(Title, WebUtility.HtmlDecode(await asker.GetStringAsync("/notifiche")));

        var accepted = await asker.AcceptAsync(topicId, answerId);
        Assert.True(accepted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"accept answered {(int)accepted.StatusCode}");
        await factory.DeliverOutboxAsync();
        Assert.Equal(answerId, (await factory.TopicAsync(topicId)).AcceptedPostId);

        var colleagueNotifications = await factory.NotificationsAsync(await factory.UserIdAsync(DemoAccounts.Colleague));
        Assert.Contains(colleagueNotifications, n => n.Kind == Domain.NotificationKind.AnswerAccepted && n.TopicId == topicId);
        Assert.Contains(colleagueNotifications, n => n.Kind == Domain.NotificationKind.NewTopic && n.TopicId == topicId);
        var askerNotifications = await factory.NotificationsAsync(await factory.UserIdAsync(DemoAccounts.Learner));
        Assert.Contains(askerNotifications, n => n.Kind == Domain.NotificationKind.Reply && n.PostId == answerId);

        // The next daily digest (both people have the default daily choice) lands in the pickup folder.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync(TimeProvider.System.GetUtcNow(), CancellationToken.None);
        }

        Assert.Contains(factory.MailsTo(DemoAccounts.Colleague), m => Mentions(m, Title));
        Assert.Contains(factory.MailsTo(DemoAccounts.Learner), m => Mentions(m, Title));
    }

    private static bool Mentions(MimeKit.MimeMessage mail, string text) =>
        (mail.TextBody ?? "").Contains(text, StringComparison.Ordinal) || WebUtility.HtmlDecode(mail.HtmlBody ?? "").Contains(text, StringComparison.Ordinal);
}
