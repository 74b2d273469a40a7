using System.Net;
using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Events.Features.Providers;
using Bottega.Platform.Tenancy;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Events.Tests.Providers;

[Collection(MeetingsGroup.Name)]
public sealed class PersonalJoinTests(MeetingsFixture fixture)
{
    private const string Network = DemoAccounts.Rup;

    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task The_join_link_creates_the_meeting_and_redirects_to_a_join_url_the_server_accepts()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now.AddMinutes(10));
        var userId = await fixture.Factory.UserIdAsync(DemoAccounts.Learner);

        var response = await fixture.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/partecipa/{arranged.Token}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var joinUrl = response.Headers.Location!.ToString();
        Assert.StartsWith(fixture.Server.ApiUrl + "join?", joinUrl, StringComparison.Ordinal);
        Assert.Contains("role=VIEWER", joinUrl, StringComparison.Ordinal);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var atServer = await browser.GetAsync(new Uri(joinUrl));
        Assert.Equal(HttpStatusCode.Redirect, atServer.StatusCode);
        var meetingId = $"bottega-{arranged.SessionId:N}";
        var joined = Assert.Single(fixture.Server.Meetings[meetingId].Joins);
        Assert.Equal(userId.ToString(), joined.UserId);
        Assert.Equal($"{MeetingsFixture.PublicBaseUrl}/eventi/bbb/analisi", fixture.Server.Meetings[meetingId].Metadata["analytics-callback-url"]);
        await using var db = fixture.Factory.Open();
        var session = await db.Set<EventSession>().IgnoreQueryFilters().SingleAsync(s => s.Id == arranged.SessionId);
        Assert.Equal(meetingId, session.ProviderMeetingId);
        var join = await db.Set<SessionJoin>().IgnoreQueryFilters().SingleAsync(j => j.SessionId == arranged.SessionId);
        Assert.Equal(userId, join.UserId);
        Assert.False(join.AsModerator);
    }

    [Fact]
    public async Task An_external_session_redirects_to_its_meeting_url_and_an_in_person_one_shows_the_place()
    {
        var external = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.External, Now.AddMinutes(-30),
            meetingUrl: "https://meet.example.test/abc-defg-hij");
        var inPerson = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.None, Now.AddMinutes(5),
            place: "Sala Verdi, via Roma 1, Bergamo");
        var client = fixture.Factory.ClientFor(DemoAccounts.Learner);

        var toMeeting = await client.GetAsync($"/partecipa/{external.Token}");
        var toPlace = await client.GetAsync($"/partecipa/{inPerson.Token}");

        Assert.Equal("https://meet.example.test/abc-defg-hij", toMeeting.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, toPlace.StatusCode);
        Assert.Contains("Sala Verdi, via Roma 1, Bergamo", await toPlace.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_link_opens_the_page_says_when_the_next_session_starts()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now.AddDays(3));

        var response = await fixture.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/partecipa/{arranged.Token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("il link si apre 15 minuti prima", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(fixture.Server.Meetings.ContainsKey($"bottega-{arranged.SessionId:N}"));
    }

    [Fact]
    public async Task Another_persons_token_or_an_unknown_one_is_not_found_and_anonymous_visitors_must_sign_in()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now);

        var otherPerson = await fixture.Factory.ClientFor(DemoAccounts.Colleague).GetAsync($"/partecipa/{arranged.Token}");
        var unknown = await fixture.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/partecipa/{Guid.NewGuid():N}");
        var anonymous = await fixture.Factory.ClientFor(null).GetAsync($"/partecipa/{arranged.Token}");

        Assert.Equal(HttpStatusCode.NotFound, otherPerson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True(anonymous.IsSignInChallenge());
        Assert.False(fixture.Server.Meetings.ContainsKey($"bottega-{arranged.SessionId:N}"));
    }

    [Fact]
    public async Task A_waitlisted_registration_gets_no_link_and_no_meeting()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now,
            RegistrationStatus.Waitlisted);

        var response = await fixture.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/partecipa/{arranged.Token}");
        var links = await LinksAsync(arranged, DemoAccounts.Learner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Non hai un posto confermato", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(links);
        Assert.False(fixture.Server.Meetings.ContainsKey($"bottega-{arranged.SessionId:N}"));
    }

    [Fact]
    public async Task The_join_links_of_a_seat_holder_show_the_personal_link_and_when_the_session_opens()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now.AddHours(2));

        var links = await LinksAsync(arranged, DemoAccounts.Learner);
        var someoneElse = await LinksAsync(arranged, DemoAccounts.Colleague);

        Assert.Equal($"/partecipa/{arranged.Token}", links!.JoinPath);
        var session = Assert.Single(links.Sessions);
        Assert.False(session.IsOpen);
        Assert.Equal(session.StartsAt.AddMinutes(-15), session.OpensAt);
        Assert.Null(someoneElse);
    }

    private async Task<JoinLinksView?> LinksAsync(ArrangedEvent arranged, string email)
    {
        var userId = await fixture.Factory.UserIdAsync(email);
        var network = await fixture.Factory.NetworkAsync(Network);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        return await scope.ServiceProvider.GetRequiredService<JoinLinks>().ForAsync(arranged.EventId, userId, CancellationToken.None);
    }
}
