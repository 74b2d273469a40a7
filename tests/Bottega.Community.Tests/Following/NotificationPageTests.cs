using System.Net;
using Bottega.Community.Domain;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Following;

public sealed class NotificationPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;

    private async Task<(Guid UserId, string Email, Guid NetworkId)> PersonAsync(int skip)
    {
        var network = await app.Factory.NetworkAsync(Network);
        var (userId, email) = (await app.Factory.PlainMembersAsync(network.Id, 1, skip))[0];
        return (userId, email, network.Id);
    }

    private async Task<Notification> NotifyAsync(Guid networkId, Guid userId, string url = "/reti/rup-italia/comunita", string text = "Una discussione")
    {
        var notification = Notification.Create(networkId, userId, NotificationKind.Reply, null, null, Guid.CreateVersion7(), text, url, FollowingArrange.Now);
        await app.Factory.SaveAsync(notification);
        return notification;
    }

    private Task<Notification> ReloadAsync(Guid id) =>
        app.Factory.QueryAsync(db => db.Set<Notification>().IgnoreQueryFilters().AsNoTracking().SingleAsync(n => n.Id == id));

    [Fact]
    public async Task The_bell_shows_the_unread_count_and_its_poll_answers_only_on_change()
    {
        var (userId, email, networkId) = await PersonAsync(0);
        await NotifyAsync(networkId, userId);
        await NotifyAsync(networkId, userId);
        var client = app.Factory.ClientFor(email);

        var home = await client.GetDocumentAsync("/");
        var bell = home.QuerySelector("#notification-bell")!;
        Assert.Equal("/notifiche", bell.GetAttribute("href"));
        Assert.Equal("/notifiche/campanella?n=2", bell.GetAttribute("hx-get"));
        Assert.Equal("polite", home.QuerySelector("#notification-bell-status")!.GetAttribute("aria-live"));

        var unchanged = await client.GetAsync("/notifiche/campanella?n=2");
        Assert.Equal(HttpStatusCode.NoContent, unchanged.StatusCode);
        await NotifyAsync(networkId, userId);
        var changed = await (await client.GetAsync("/notifiche/campanella?n=2")).ParseAsync();
        Assert.Equal("/notifiche/campanella?n=3", changed.QuerySelector("#notification-bell")!.GetAttribute("hx-get"));
        Assert.Equal("innerHTML", changed.QuerySelector("#notification-bell-status")!.GetAttribute("hx-swap-oob"));
    }

    [Fact]
    public async Task Signed_out_visitors_have_no_bell()
    {
        var home = await app.Factory.ClientFor(null).GetDocumentAsync("/");

        Assert.Null(home.QuerySelector("#notification-bell"));
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_goes_to_its_link()
    {
        var (userId, email, networkId) = await PersonAsync(1);
        var notification = await NotifyAsync(networkId, userId, "/reti/rup-italia/comunita/discussioni/abc#post-1", "Titolo <script>alert(1)</script>");
        var client = app.Factory.ClientFor(email);
        var list = await client.GetDocumentAsync("/notifiche");
        Assert.Contains("Titolo <script>alert(1)</script>", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(list.QuerySelectorAll("main script, #contenuto script"));

        var response = await client.GetAsync($"/notifiche/{notification.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/reti/rup-italia/comunita/discussioni/abc#post-1", response.Headers.Location!.OriginalString);
        Assert.NotNull((await ReloadAsync(notification.Id)).ReadAt);
    }

    [Fact]
    public async Task Someone_elses_notification_is_not_found_and_stays_unread()
    {
        var (userId, _, networkId) = await PersonAsync(2);
        var (_, otherEmail, _) = await PersonAsync(3);
        var notification = await NotifyAsync(networkId, userId);

        var response = await app.Factory.ClientFor(otherEmail).GetAsync($"/notifiche/{notification.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await ReloadAsync(notification.Id)).ReadAt);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    public async Task A_link_that_leaves_the_site_is_not_followed(string url)
    {
        var (userId, email, networkId) = await PersonAsync(4);
        var notification = await NotifyAsync(networkId, userId, url);

        var response = await app.Factory.ClientFor(email).GetAsync($"/notifiche/{notification.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/notifiche", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Mark_all_read_clears_the_count()
    {
        var (userId, email, networkId) = await PersonAsync(5);
        await NotifyAsync(networkId, userId);
        await NotifyAsync(networkId, userId);
        var client = app.Factory.ClientFor(email);

        var response = await client.PostFormAsync("/notifiche", "/notifiche?handler=readall", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(await app.Factory.NotificationsAsync(userId), n => Assert.NotNull(n.ReadAt));
        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync("/notifiche/campanella?n=0")).StatusCode);
    }

    [Fact]
    public async Task The_notifications_page_needs_a_signed_in_person()
    {
        Assert.True((await app.Factory.ClientFor(null).GetAsync("/notifiche")).IsSignInChallenge());
        Assert.True((await app.Factory.ClientFor(null).GetAsync($"/notifiche/{Guid.NewGuid()}")).IsSignInChallenge());
    }
}
