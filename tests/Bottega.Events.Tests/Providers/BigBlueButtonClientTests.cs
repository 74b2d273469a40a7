using Bottega.Events.Features.Providers.BigBlueButton;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace Bottega.Events.Tests.Providers;

public sealed class BigBlueButtonClientTests : IAsyncLifetime, IDisposable
{
    private FakeBigBlueButtonServer server = null!;
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync() => server = await FakeBigBlueButtonServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => http.Dispose();

    private BigBlueButtonClient Client(string? secret = null, string? url = null, string algorithm = "SHA256") =>
        new(http, Options.Create(new EventsOptions
        {
            BigBlueButton = new BigBlueButtonOptions { Url = url ?? server.ApiUrl, Secret = secret ?? server.Secret, ChecksumAlgorithm = algorithm },
        }), NullLogger<BigBlueButtonClient>.Instance);

    private static CreateMeeting Meeting(string id) =>
        new(id, "Webinar sul nuovo codice", "https://bottega.test/reti/rup-italia/eventi/1", "https://bottega.test/eventi/bbb/fine?meetingID=" + id + "&checksum=x",
            "https://bottega.test/eventi/bbb/analisi");

    [Fact]
    public async Task Creating_the_same_meeting_twice_is_idempotent()
    {
        var client = Client();

        var first = await client.CreateAsync(Meeting("m-1"), CancellationToken.None);
        var second = await client.CreateAsync(Meeting("m-1"), CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.False(first.Value!.AlreadyExisted);
        Assert.True(second.Succeeded);
        Assert.True(second.Value!.AlreadyExisted);
        Assert.Equal(first.Value.InternalMeetingId, second.Value.InternalMeetingId);
        Assert.Single(server.Meetings);
        Assert.Equal("https://bottega.test/eventi/bbb/analisi", server.Meetings["m-1"].Metadata["analytics-callback-url"]);
        Assert.StartsWith("https://bottega.test/eventi/bbb/fine?meetingID=m-1", server.Meetings["m-1"].Metadata["endCallbackUrl"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SHA1")]
    [InlineData("SHA256")]
    [InlineData("SHA384")]
    [InlineData("SHA512")]
    public async Task The_join_url_carries_a_checksum_the_server_accepts(string algorithm)
    {
        await using var strict = await FakeBigBlueButtonServer.StartAsync(algorithm: algorithm);
        var client = Client(url: strict.ApiUrl, algorithm: algorithm);
        await client.CreateAsync(Meeting("m-join"), CancellationToken.None);
        var userId = Guid.NewGuid();

        var response = await http.GetAsync(new Uri(client.JoinUrl("m-join", "Anna Rossi & C.", moderator: false, userId)));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/html5client/join", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var join = Assert.Single(strict.Meetings["m-join"].Joins);
        Assert.Equal((userId.ToString(), "Anna Rossi & C.", "VIEWER"), join);
        Assert.All(strict.Calls, c => Assert.True(c.ChecksumOk));
    }

    [Fact]
    public async Task A_meeting_runs_after_someone_joins_and_stops_when_ended()
    {
        var client = Client();
        await client.CreateAsync(Meeting("m-run"), CancellationToken.None);
        var before = await client.IsMeetingRunningAsync("m-run", CancellationToken.None);
        await http.GetAsync(new Uri(client.JoinUrl("m-run", "Docente", moderator: true, Guid.NewGuid())));
        var during = await client.IsMeetingRunningAsync("m-run", CancellationToken.None);

        var ended = await client.EndAsync("m-run", CancellationToken.None);
        var after = await client.IsMeetingRunningAsync("m-run", CancellationToken.None);
        var endedAgain = await client.EndAsync("m-run", CancellationToken.None);

        Assert.False(before.Value);
        Assert.True(during.Value);
        Assert.True(ended.Succeeded);
        Assert.False(after.Value);
        Assert.False(endedAgain.Succeeded);
        Assert.Equal("notFound", endedAgain.MessageKey);
    }

    [Fact]
    public async Task Recordings_come_with_their_playback_url_and_none_is_an_empty_list()
    {
        var client = Client();
        server.AddRecording("m-rec", "https://bbb.test/playback/presentation/2.3/abc", 57);

        var recordings = await client.GetRecordingsAsync("m-rec", CancellationToken.None);
        var none = await client.GetRecordingsAsync("m-none", CancellationToken.None);

        var recording = Assert.Single(recordings.Value!);
        Assert.Equal("https://bbb.test/playback/presentation/2.3/abc", recording.PlaybackUrl);
        Assert.Equal(57, recording.Minutes);
        Assert.True(recording.Published);
        Assert.True(none.Succeeded);
        Assert.Empty(none.Value!);
    }

    [Fact]
    public async Task A_wrong_secret_is_a_clear_checksum_failure()
    {
        var result = await Client(secret: "not-the-secret").CreateAsync(Meeting("m-wrong"), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("checksumError", result.MessageKey);
        Assert.Empty(server.Meetings);
    }

    [Fact]
    public async Task An_unreachable_server_or_missing_configuration_is_a_failed_result_not_an_exception()
    {
        var unreachable = await Client(url: "http://127.0.0.1:1/bigbluebutton/api/").IsMeetingRunningAsync("m", CancellationToken.None);
        var notConfigured = await Client(secret: "").CreateAsync(Meeting("m"), CancellationToken.None);

        Assert.Equal("unreachable", unreachable.MessageKey);
        Assert.Equal("notConfigured", notConfigured.MessageKey);
    }
}
