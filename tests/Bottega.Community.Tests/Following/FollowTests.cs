using System.Net;
using Bottega.Community.Domain;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Following;

public sealed class FollowTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private static readonly string Toggle = $"/reti/{Network}/comunita/segui";
    private static readonly string Followed = $"/reti/{Network}/comunita/seguiti";

    private Task<bool> FollowsAsync(Guid userId, Guid targetId) =>
        app.Factory.QueryAsync(db => db.Set<Subscription>().IgnoreQueryFilters().AnyAsync(s => s.UserId == userId && s.TargetId == targetId));

    private static Dictionary<string, string> Fields(SubscriptionTarget target, Guid id, string? returnUrl = null) => new()
    {
        ["target"] = target.ToString(),
        ["targetId"] = id.ToString(),
        ["returnUrl"] = returnUrl ?? "",
    };

    [Fact]
    public async Task A_member_follows_a_space_and_unfollows_it_with_the_same_button()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var (userId, email) = (await app.Factory.PlainMembersAsync(network.Id, 1))[0];
        var space = await app.Factory.SpaceAsync(network.Id);
        var client = app.Factory.ClientFor(email);

        var follow = await client.PostFormAsync(Followed, Toggle, Fields(SubscriptionTarget.Space, space.Id, "/reti/rup-italia/comunita"));
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Equal("/reti/rup-italia/comunita", follow.Headers.Location!.OriginalString);
        Assert.True(await FollowsAsync(userId, space.Id));
        var list = await client.GetDocumentAsync(Followed);
        Assert.Contains(space.Name, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", list.QuerySelector($"#follow-{space.Id}")!.GetAttribute("aria-pressed"));

        var unfollow = await client.PostFormAsync(Followed, Toggle, Fields(SubscriptionTarget.Space, space.Id, "https://evil.example/"));
        Assert.Equal(Followed, unfollow.Headers.Location!.OriginalString);
        Assert.False(await FollowsAsync(userId, space.Id));
    }

    [Fact]
    public async Task With_htmx_the_toggle_answers_the_pressed_button()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var (_, email) = (await app.Factory.PlainMembersAsync(network.Id, 1, skip: 1))[0];
        var tag = await app.Factory.TagAsync(network.Id);
        var client = app.Factory.ClientFor(email);
        client.DefaultRequestHeaders.Add("HX-Request", "true");

        var response = await client.PostFormAsync(Followed, Toggle, Fields(SubscriptionTarget.Tag, tag.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await response.ParseAsync();
        var button = fragment.QuerySelector($"#follow-{tag.Id}")!;
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        Assert.NotNull(fragment.QuerySelector("form[hx-post]"));
    }

    [Fact]
    public async Task A_private_space_cannot_be_followed_by_an_outsider_but_can_by_its_member()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 2, skip: 2);
        var space = await app.Factory.SpaceAsync(network.Id, SpaceAccess.SpaceMembers);
        await app.Factory.ListAsync(space, people[1].Id);

        var outsider = await app.Factory.ClientFor(people[0].Email).PostFormAsync(Followed, Toggle, Fields(SubscriptionTarget.Space, space.Id));
        var member = await app.Factory.ClientFor(people[1].Email).PostFormAsync(Followed, Toggle, Fields(SubscriptionTarget.Space, space.Id));

        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.False(await FollowsAsync(people[0].Id, space.Id));
        Assert.Equal(HttpStatusCode.Redirect, member.StatusCode);
        Assert.True(await FollowsAsync(people[1].Id, space.Id));
    }

    [Fact]
    public async Task A_topic_in_a_private_space_cannot_be_followed_by_an_outsider()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 2, skip: 4);
        var space = await app.Factory.SpaceAsync(network.Id, SpaceAccess.SpaceMembers);
        var topic = await app.Factory.TopicAsync(space, people[1].Id);

        var response = await app.Factory.ClientFor(people[0].Email).PostFormAsync(Followed, Toggle, Fields(SubscriptionTarget.Topic, topic.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Another_networks_space_is_not_found()
    {
        var other = await app.Factory.NetworkAsync(DemoAccounts.Academy);
        var network = await app.Factory.NetworkAsync(Network);
        var (userId, email) = (await app.Factory.PlainMembersAsync(network.Id, 1, skip: 6))[0];
        var space = await app.Factory.SpaceAsync(other.Id);

        var response = await app.Factory.ClientFor(email).PostFormAsync(Followed, Toggle, Fields(SubscriptionTarget.Space, space.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await FollowsAsync(userId, space.Id));
    }

    [Fact]
    public async Task Strangers_and_anonymous_visitors_cannot_follow()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var space = await app.Factory.SpaceAsync(network.Id);

        var anonymous = await app.Factory.ClientFor(null).GetAsync(Followed);
        var stranger = await app.Factory.ClientFor($"admin.{DemoAccounts.Academy}@{DemoAccounts.Domain}").GetAsync(Followed);

        Assert.True(anonymous.IsSignInChallenge());
        Assert.True(stranger.IsDenied() || stranger.StatusCode == HttpStatusCode.NotFound, stranger.StatusCode.ToString());
        Assert.False(await app.Factory.QueryAsync(db => db.Set<Subscription>().IgnoreQueryFilters().AnyAsync(s => s.TargetId == space.Id)));
    }
}
