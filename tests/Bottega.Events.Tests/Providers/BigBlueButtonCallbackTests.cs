using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Events.Features.Providers.BigBlueButton;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Events.Tests.Providers;

[Collection(MeetingsGroup.Name)]
public sealed class BigBlueButtonCallbackTests(MeetingsFixture fixture)
{
    private const string Network = DemoAccounts.Rup;

    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task The_end_callback_with_the_checksum_bottega_gave_ends_the_session_and_a_wrong_one_changes_nothing()
    {
        var arranged = await StartedMeetingAsync();
        var meetingId = $"bottega-{arranged.SessionId:N}";
        var client = fixture.Factory.ClientFor(null);

        var wrong = await client.GetAsync($"/eventi/bbb/fine?meetingID={meetingId}&checksum={new string('0', 64)}");
        var missing = await client.GetAsync($"/eventi/bbb/fine?meetingID={meetingId}");
        var endedBefore = await EndedAtAsync(arranged.SessionId);
        var url = new Uri(fixture.Server.Meetings[meetingId].Metadata["endCallbackUrl"]);
        // The server adds its own meetingID (and recordingmarks) to the URL it was given.
        var right = await client.GetAsync($"{url.PathAndQuery}&meetingID={meetingId}&recordingmarks=false");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Null(endedBefore);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.NotNull(await EndedAtAsync(arranged.SessionId));
    }

    [Fact]
    public async Task An_analytics_report_with_a_wrong_token_is_refused_and_nothing_is_recorded()
    {
        var arranged = await StartedMeetingAsync();
        var body = AnalyticsSamples.Report($"bottega-{arranged.SessionId:N}", Guid.NewGuid(), Guid.NewGuid());
        var now = TimeProvider.System.GetUtcNow();

        var wrongSecret = await PostAnalyticsAsync(body, AnalyticsSamples.Token("not-the-secret", now.AddHours(24)));
        var expired = await PostAnalyticsAsync(body, AnalyticsSamples.Token(fixture.Server.Secret, now.AddMinutes(-5)));
        var none = await PostAnalyticsAsync(body, null);

        Assert.All([wrongSecret, expired, none], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.DoesNotContain(fixture.Recorder.Calls, c => c.SessionId == arranged.SessionId);
    }

    [Fact]
    public async Task A_signed_analytics_report_reaches_the_attendance_recorder_with_each_viewers_figures()
    {
        var arranged = await StartedMeetingAsync();
        var learner = await fixture.Factory.UserIdAsync(DemoAccounts.Learner);
        var body = AnalyticsSamples.Report($"bottega-{arranged.SessionId:N}", learner, Guid.NewGuid());

        var response = await PostAnalyticsAsync(body, AnalyticsSamples.Token(fixture.Server.Secret, TimeProvider.System.GetUtcNow().AddHours(24)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(fixture.Recorder.Calls, c => c.SessionId == arranged.SessionId);
        Assert.Equal(AttendanceSource.BigBlueButton, call.Source);
        var row = call.Rows.Single(r => r.UserId == learner);
        Assert.Equal(83, row.MinutesPresent);
        Assert.Equal(30, row.WebcamMinutes);
        Assert.Equal(95, row.TalkSeconds);
        Assert.Equal(3, row.ChatMessages);
        Assert.Equal(2, row.PollAnswers);
        Assert.Single(call.Malformed);
    }

    [Fact]
    public async Task A_report_for_an_unknown_meeting_or_not_in_the_format_is_a_problem()
    {
        var token = AnalyticsSamples.Token(fixture.Server.Secret, TimeProvider.System.GetUtcNow().AddHours(24));

        var unknown = await PostAnalyticsAsync(AnalyticsSamples.Report("bottega-unknown", Guid.NewGuid(), Guid.NewGuid()), token);
        var garbage = await PostAnalyticsAsync("{ not json", token);
        var wrongShape = await PostAnalyticsAsync("""{"meeting_id":"x"}""", token);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongShape.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAnalyticsAsync(string body, string? token)
    {
        var client = fixture.Factory.ClientFor(null);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(MeetingCallbacks.AnalyticsPath, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private async Task<ArrangedEvent> StartedMeetingAsync()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now);
        var response = await fixture.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/partecipa/{arranged.Token}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return arranged;
    }

    private async Task<DateTime?> EndedAtAsync(Guid sessionId)
    {
        await using var db = fixture.Factory.Open();
        return await db.Set<EventSession>().IgnoreQueryFilters().Where(s => s.Id == sessionId).Select(s => s.EndedAt).SingleAsync();
    }
}
