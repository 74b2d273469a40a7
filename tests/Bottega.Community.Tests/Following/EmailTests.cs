using System.Net;
using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Notifications;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Community.Tests.Following;

public sealed class EmailTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;

    // 2030-01-07 is a Monday; 08:00 in Rome.
    private static readonly DateTimeOffset Monday = new(2030, 1, 7, 7, 0, 0, TimeSpan.Zero);

    private async Task<(Space Space, Topic Topic, Guid Author, (Guid Id, string Email) Reader)> ArrangeAsync(int skip, EmailFrequency? frequency)
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 2, skip);
        var space = await app.Factory.SpaceAsync(network.Id);
        await app.Factory.FollowAsync(network.Id, people[1].Id, SubscriptionTarget.Space, space.Id);
        if (frequency is { } f)
        {
            await app.Factory.PreferAsync(people[1].Id, f);
        }

        var topic = await app.Factory.TopicAsync(space, people[0].Id, "Gara <ponte> & \"strade\"");
        return (space, topic, people[0].Id, people[1]);
    }

    private async Task<int> SendDigestsAsync(DateTimeOffset now)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync(now, CancellationToken.None);
    }

    private Task<NotificationPreference?> PreferenceAsync(Guid userId) =>
        app.Factory.QueryAsync(db => db.Set<NotificationPreference>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId));

    [Fact]
    public async Task Immediate_people_get_an_escaped_email_per_notification_with_one_click_unsubscribe()
    {
        var (space, topic, author, reader) = await ArrangeAsync(0, EmailFrequency.Immediate);
        var post = FollowingArrange.Post(space, topic, 1, author);

        await app.Factory.PublishAsync(PostPublished.OutboxType, post, times: 2);

        var mail = Assert.Single(app.Factory.MailsTo(reader.Email));
        Assert.Contains("Gara &lt;ponte&gt; &amp; &quot;strade&quot;", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Gara <ponte> & \"strade\"", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Matches("^<http://localhost:5000/notifiche/disiscrizione/.+>$", mail.Headers["List-Unsubscribe"]);
        Assert.NotNull(Assert.Single(await app.Factory.NotificationsOfPostAsync(post.PostId)).EmailedAt);
    }

    [Fact]
    public async Task The_daily_digest_sends_one_email_with_what_was_not_emailed_and_not_again()
    {
        var (space, topic, author, reader) = await ArrangeAsync(2, null);
        var first = FollowingArrange.Post(space, topic, 1, author);
        await app.Factory.PublishAsync(PostPublished.OutboxType, first);
        await app.Factory.FollowAsync(space.NetworkId, reader.Id, SubscriptionTarget.Topic, topic.Id);
        await app.Factory.PublishAsync(PostPublished.OutboxType, FollowingArrange.Post(space, topic, 2, author));
        Assert.Empty(app.Factory.MailsTo(reader.Email));
        var tuesday = Monday.AddDays(1);

        await SendDigestsAsync(tuesday);
        await SendDigestsAsync(tuesday.AddHours(2));

        var mail = Assert.Single(app.Factory.MailsTo(reader.Email));
        Assert.Contains("Riepilogo", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Gara &lt;ponte&gt;", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Nuova discussione in ciò che segui", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Nuova risposta in una discussione che segui", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5000/notifiche/", mail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(mail.Headers["List-Unsubscribe"]);
        Assert.All(await app.Factory.NotificationsAsync(reader.Id), n => Assert.NotNull(n.EmailedAt));
        Assert.NotNull((await PreferenceAsync(reader.Id))!.LastDigestAt);
    }

    [Fact]
    public async Task The_weekly_digest_leaves_only_on_monday()
    {
        var (space, topic, author, reader) = await ArrangeAsync(4, EmailFrequency.Weekly);
        await app.Factory.PublishAsync(PostPublished.OutboxType, FollowingArrange.Post(space, topic, 1, author));

        await SendDigestsAsync(Monday.AddDays(-3));
        Assert.Empty(app.Factory.MailsTo(reader.Email));
        await SendDigestsAsync(Monday);

        Assert.Single(app.Factory.MailsTo(reader.Email));
    }

    [Fact]
    public async Task Never_means_no_email_at_all()
    {
        var (space, topic, author, reader) = await ArrangeAsync(6, EmailFrequency.Never);
        await app.Factory.PublishAsync(PostPublished.OutboxType, FollowingArrange.Post(space, topic, 1, author));

        await SendDigestsAsync(Monday);

        Assert.Empty(app.Factory.MailsTo(reader.Email));
        Assert.Single(await app.Factory.NotificationsAsync(reader.Id));
    }

    [Fact]
    public async Task The_unsubscribe_link_works_in_one_click_without_signing_in()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var (userId, _) = (await app.Factory.PlainMembersAsync(network.Id, 1, 8))[0];
        var token = app.Factory.Services.GetRequiredService<UnsubscribeTokens>().Create(userId);
        var client = app.Factory.ClientFor(null);

        var page = await client.GetDocumentAsync($"/notifiche/disiscrizione/{token}");
        Assert.NotNull(page.QuerySelector("main form button[type=submit], form[method=post] button"));
        using var oneClick = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        var response = await client.PostAsync(new Uri($"/notifiche/disiscrizione/{token}", UriKind.Relative), oneClick);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EmailFrequency.Never, (await PreferenceAsync(userId))!.Frequency);
    }

    [Fact]
    public async Task A_tampered_token_changes_nothing_and_says_so()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var (userId, _) = (await app.Factory.PlainMembersAsync(network.Id, 1, 9))[0];
        var token = app.Factory.Services.GetRequiredService<UnsubscribeTokens>().Create(userId);
        var tampered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];
        var client = app.Factory.ClientFor(null);

        var page = await client.GetDocumentAsync($"/notifiche/disiscrizione/{tampered}");
        using var oneClick = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        var response = await client.PostAsync(new Uri($"/notifiche/disiscrizione/{tampered}", UriKind.Relative), oneClick);

        Assert.NotNull(page.QuerySelector(".alert-danger"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await PreferenceAsync(userId));
    }

    [Fact]
    public async Task A_person_chooses_the_weekly_digest_on_the_preferences_page()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var (userId, email) = (await app.Factory.PlainMembersAsync(network.Id, 1, 10))[0];
        var client = app.Factory.ClientFor(email);

        var response = await client.PostFormAsync("/notifiche/preferenze", new Dictionary<string, string> { ["Frequency"] = "Weekly" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(EmailFrequency.Weekly, (await PreferenceAsync(userId))!.Frequency);
        var page = await client.GetDocumentAsync("/notifiche/preferenze");
        Assert.NotNull(page.QuerySelector("#frequency-Weekly[checked]"));
    }
}
