using System.Text.Json;
using Bottega.Events.Features.Providers.BigBlueButton;
using Xunit;

namespace Bottega.Events.Tests.Providers;

public sealed class AnalyticsReportTests
{
    [Fact]
    public void A_report_gives_each_viewers_figures_by_their_bottega_id_and_leaves_moderators_out()
    {
        var viewer = Guid.NewGuid();
        var other = Guid.NewGuid();
        using var json = JsonDocument.Parse(AnalyticsSamples.Report("bottega-abc", viewer, other));

        var report = AnalyticsReportParser.Parse(json.RootElement)!;

        Assert.Equal("bottega-abc", report.MeetingId);
        Assert.Equal("0a1b2c3d4e5f-1767000000000", report.InternalMeetingId);
        Assert.Equal(2, report.Rows.Count);
        var anna = report.Rows.Single(r => r.UserId == viewer);
        Assert.Equal("Anna Rossi", anna.Name);
        Assert.Equal(new DateTime(2026, 3, 10, 9, 2, 0, DateTimeKind.Utc), anna.JoinedAt);
        Assert.Equal(new DateTime(2026, 3, 10, 10, 30, 0, DateTimeKind.Utc), anna.LeftAt);
        Assert.Equal(DateTimeKind.Utc, anna.JoinedAt!.Value.Kind);
        Assert.Equal(83, anna.MinutesPresent);
        Assert.Equal(30, anna.WebcamMinutes);
        Assert.Equal(95, anna.TalkSeconds);
        Assert.Equal(3, anna.ChatMessages);
        Assert.Equal(2, anna.PollAnswers);
        var guest = report.Rows.Single(r => r.UserId is null);
        Assert.Equal("Ospite", guest.Name);
        Assert.Equal(10, guest.MinutesPresent);
        Assert.Null(guest.WebcamMinutes);
        var problem = Assert.Single(report.Malformed);
        Assert.StartsWith("Riga 3:", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"version":"1.0"}""")]
    [InlineData("""{"meeting_id":"x","data":{"attendees":{}}}""")]
    public void Something_that_is_not_a_report_is_refused(string text)
    {
        using var json = JsonDocument.Parse(text);

        Assert.Null(AnalyticsReportParser.Parse(json.RootElement));
    }

    [Fact]
    public void Only_an_unexpired_hs512_token_signed_with_the_shared_secret_is_accepted()
    {
        const string Secret = "short-secret-of-a-bbb-server";
        var now = TimeProvider.System.GetUtcNow();

        Assert.True(AnalyticsToken.IsValid("Bearer " + AnalyticsSamples.Token(Secret, now.AddHours(24)), Secret, now));
        Assert.False(AnalyticsToken.IsValid("Bearer " + AnalyticsSamples.Token("another-secret", now.AddHours(24)), Secret, now));
        Assert.False(AnalyticsToken.IsValid("Bearer " + AnalyticsSamples.Token(Secret, now.AddMinutes(-1)), Secret, now));
        Assert.False(AnalyticsToken.IsValid("Bearer " + AnalyticsSamples.Token(Secret, now.AddHours(1), algorithm: "none"), Secret, now));
        Assert.False(AnalyticsToken.IsValid(AnalyticsSamples.Token(Secret, now.AddHours(1)), Secret, now));
        Assert.False(AnalyticsToken.IsValid("Bearer a.b", Secret, now));
        Assert.False(AnalyticsToken.IsValid("Bearer !!.??.##", Secret, now));
        Assert.False(AnalyticsToken.IsValid(null, Secret, now));
    }

    [Fact]
    public void The_end_callback_checksum_is_bound_to_the_meeting_and_the_secret()
    {
        var checksum = MeetingCallbacks.EndChecksum("bottega-1", "secret");

        Assert.True(MeetingCallbacks.IsValidEnd("bottega-1", checksum, "secret"));
        Assert.False(MeetingCallbacks.IsValidEnd("bottega-2", checksum, "secret"));
        Assert.False(MeetingCallbacks.IsValidEnd("bottega-1", checksum, "other"));
        Assert.False(MeetingCallbacks.IsValidEnd("bottega-1", null, "secret"));
    }
}
