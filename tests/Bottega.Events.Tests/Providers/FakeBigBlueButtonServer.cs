using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bottega.Events.Tests.Providers;

/// <summary>
/// A small BigBlueButton server for tests: real Kestrel on 127.0.0.1 (random port), the API calls Bottega uses with the
/// documented XML answers, checksums verified as a real server does (its own code, not the client's), meetings in memory.
/// </summary>
public sealed class FakeBigBlueButtonServer : IAsyncDisposable
{
    public const string DefaultSecret = "8cd8ef52e8e101574e400365b55e11a6";

    private readonly WebApplication app;
    private readonly string secret;
    private readonly string algorithm;

    private FakeBigBlueButtonServer(WebApplication app, string secret, string algorithm)
    {
        this.app = app;
        this.secret = secret;
        this.algorithm = algorithm;
    }

    public string Secret => secret;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The API endpoint, as configured in Events:BigBlueButton:Url.</summary>
    public string ApiUrl => BaseUrl + "/bigbluebutton/api/";

    public ConcurrentDictionary<string, FakeMeeting> Meetings { get; } = new(StringComparer.Ordinal);

    /// <summary>Every call received, with whether its checksum was right.</summary>
    public ConcurrentQueue<(string Call, bool ChecksumOk)> Calls { get; } = new();

    public static async Task<FakeBigBlueButtonServer> StartAsync(string secret = DefaultSecret, string algorithm = "SHA256")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeBigBlueButtonServer(app, secret, algorithm);
        app.MapGet("/bigbluebutton/api/{call}", (string call, HttpContext context) => server.Handle(call, context));
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    public void AddRecording(string meetingId, string playbackUrl, int minutes) =>
        Meetings.GetOrAdd(meetingId, id => new FakeMeeting(id, "")).Recordings.Add((Guid.NewGuid().ToString("N"), playbackUrl, minutes));

    private IResult Handle(string call, HttpContext context)
    {
        var raw = context.Request.QueryString.Value ?? "";
        var parts = raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        var checksum = parts.FirstOrDefault(p => p.StartsWith("checksum=", StringComparison.Ordinal))?["checksum=".Length..];
        var signed = string.Join('&', parts.Where(p => !p.StartsWith("checksum=", StringComparison.Ordinal)));
        var ok = checksum is not null && string.Equals(Hash(call + signed + secret), checksum, StringComparison.OrdinalIgnoreCase);
        Calls.Enqueue((call, ok));
        if (!ok)
        {
            return Failed("checksumError", "You did not pass the checksum security check");
        }

        var q = context.Request.Query;
        var meetingId = q["meetingID"].ToString();
        if (meetingId.Length == 0)
        {
            return Failed("missingParamMeetingID", "You must specify a meeting ID for the meeting.");
        }

        return call switch
        {
            "create" => Create(meetingId, q),
            "join" => Join(meetingId, q),
            "end" => End(meetingId),
            "isMeetingRunning" => Success(new XElement("running", Meetings.TryGetValue(meetingId, out var m) && m.Running ? "true" : "false")),
            "getRecordings" => Recordings(meetingId),
            _ => Failed("unsupportedRequest", "This request is not supported."),
        };
    }

    private IResult Create(string meetingId, IQueryCollection q)
    {
        var duplicate = Meetings.TryGetValue(meetingId, out var existing) && existing.Created && !existing.Ended;
        var meeting = Meetings.AddOrUpdate(meetingId, id => new FakeMeeting(id, q["name"].ToString()) { Created = true },
            (_, m) => m.Created && !m.Ended ? m : m with { Name = q["name"].ToString(), Created = true, Ended = false, Joins = new() });
        foreach (var (key, value) in q.Where(p => p.Key.StartsWith("meta_", StringComparison.Ordinal)))
        {
            meeting.Metadata[key["meta_".Length..]] = value.ToString();
        }

        var elements = new List<XElement>
        {
            new("meetingID", meetingId),
            new("internalMeetingID", meeting.InternalId),
            new("parentMeetingID", "bbb-none"),
            new("createTime", "1700000000000"),
            new("voiceBridge", "70757"),
            new("hasUserJoined", meeting.Joins.IsEmpty ? "false" : "true"),
            new("duration", "0"),
            new("hasBeenForciblyEnded", "false"),
        };
        if (duplicate)
        {
            elements.Add(new XElement("messageKey", "duplicateWarning"));
            elements.Add(new XElement("message", "This conference was already in existence and may currently be in progress."));
        }

        return Success([.. elements]);
    }

    private IResult Join(string meetingId, IQueryCollection q)
    {
        if (!Meetings.TryGetValue(meetingId, out var meeting) || !meeting.Created || meeting.Ended)
        {
            return Failed("notFound", "We could not find a meeting with that meeting ID - perhaps the meeting is not yet running?");
        }

        var role = q["role"].ToString();
        if (role is not ("MODERATOR" or "VIEWER") || q["fullName"].ToString().Length == 0)
        {
            return Failed("missingParamFullName", "You must specify a name and a role.");
        }

        meeting.Joins.Enqueue((q["userID"].ToString(), q["fullName"].ToString(), role));
        var token = Guid.NewGuid().ToString("N");
        return string.Equals(q["redirect"], "true", StringComparison.Ordinal)
            ? Results.Redirect($"{BaseUrl}/html5client/join?sessionToken={token}")
            : Success(new XElement("meeting_id", meeting.InternalId), new XElement("session_token", token), new XElement("url", $"{BaseUrl}/html5client/join?sessionToken={token}"));
    }

    private IResult End(string meetingId)
    {
        if (!Meetings.TryGetValue(meetingId, out var meeting) || !meeting.Created || meeting.Ended)
        {
            return Failed("notFound", "We could not find a meeting with that meeting ID - perhaps the meeting is not yet running?");
        }

        Meetings[meetingId] = meeting with { Ended = true };
        return Success(new XElement("messageKey", "sentEndMeetingRequest"), new XElement("message", "A request to end the meeting was sent."));
    }

    private IResult Recordings(string meetingId)
    {
        var recordings = Meetings.TryGetValue(meetingId, out var meeting) ? meeting.Recordings.ToList() : [];
        if (recordings.Count == 0)
        {
            return Success(new XElement("recordings"), new XElement("messageKey", "noRecordings"), new XElement("message", "There are no recordings for the meeting(s)."));
        }

        return Success(new XElement("recordings", recordings.Select(r => new XElement("recording",
            new XElement("recordID", r.RecordId),
            new XElement("meetingID", meetingId),
            new XElement("published", "true"),
            new XElement("state", "published"),
            new XElement("startTime", "1700000000000"),
            new XElement("endTime", "1700003600000"),
            new XElement("playback", new XElement("format",
                new XElement("type", "presentation"),
                new XElement("url", r.PlaybackUrl),
                new XElement("length", r.Minutes)))))));
    }

    private string Hash(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(algorithm switch
        {
#pragma warning disable CA5350 // The fake follows the server's configured algorithm, SHA1 included.
            "SHA1" => SHA1.HashData(bytes),
#pragma warning restore CA5350
            "SHA384" => SHA384.HashData(bytes),
            "SHA512" => SHA512.HashData(bytes),
            _ => SHA256.HashData(bytes),
        });
    }

    private static IResult Success(params XElement[] elements) =>
        Xml(new XElement("response", [new XElement("returncode", "SUCCESS"), .. elements]));

    private static IResult Failed(string messageKey, string message) =>
        Xml(new XElement("response", new XElement("returncode", "FAILED"), new XElement("messageKey", messageKey), new XElement("message", message)));

    private static IResult Xml(XElement response) => Results.Content(response.ToString(SaveOptions.DisableFormatting), "text/xml", Encoding.UTF8);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record FakeMeeting(string MeetingId, string Name)
{
    public string InternalId { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()))) + "-1700000000000";

    public bool Created { get; init; }

    public bool Ended { get; init; }

    public ConcurrentDictionary<string, string> Metadata { get; init; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string UserId, string FullName, string Role)> Joins { get; init; } = new();

    public ConcurrentBag<(string RecordId, string PlaybackUrl, int Minutes)> Recordings { get; init; } = [];

    public bool Running => Created && !Ended && !Joins.IsEmpty;
}
