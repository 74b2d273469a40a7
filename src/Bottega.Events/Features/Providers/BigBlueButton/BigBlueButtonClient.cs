using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>
/// The install's BigBlueButton server through its documented API: every call is a GET signed with the shared-secret
/// checksum and answers XML (<c>&lt;response&gt;&lt;returncode&gt;SUCCESS|FAILED&lt;/returncode&gt;…</c>). Failures
/// (FAILED, HTTP errors, time-outs, unreadable answers) come back as a failed result.
/// </summary>
internal sealed partial class BigBlueButtonClient(HttpClient http, IOptions<EventsOptions> options, ILogger<BigBlueButtonClient> logger)
{
    private BigBlueButtonOptions Settings => options.Value.BigBlueButton;

    public bool IsConfigured => Settings.IsConfigured && BigBlueButtonChecksum.IsSupported(Settings.ChecksumAlgorithm);

    /// <summary>Creates the meeting, or finds it running: create is idempotent for the same meetingID.</summary>
    public async Task<BigBlueButtonResult<MeetingCreated>> CreateAsync(CreateMeeting meeting, CancellationToken cancellationToken)
    {
        var (response, failure) = await CallAsync("create",
        [
            new("name", meeting.Name),
            new("meetingID", meeting.MeetingId),
            new("record", "true"),
            new("logoutURL", meeting.LogoutUrl),
            new("meta_bbb-origin", "Bottega"),
            new("meta_endCallbackUrl", meeting.EndCallbackUrl),
            new("meta_analytics-callback-url", meeting.AnalyticsCallbackUrl),
        ], cancellationToken);
        if (response is null)
        {
            return failure!.As<MeetingCreated>();
        }

        var messageKey = Text(response, "messageKey");
        var created = new MeetingCreated(Text(response, "meetingID") ?? meeting.MeetingId, Text(response, "internalMeetingID"),
            string.Equals(messageKey, "duplicateWarning", StringComparison.Ordinal));
        return BigBlueButtonResult<MeetingCreated>.Ok(created, messageKey);
    }

    /// <summary>The URL a person's browser opens to enter; userID carries the Bottega id so analytics map to people.</summary>
    public string JoinUrl(string meetingId, string fullName, bool moderator, Guid userId) => SignedUrl("join",
    [
        new("fullName", fullName),
        new("meetingID", meetingId),
        new("role", moderator ? "MODERATOR" : "VIEWER"),
        new("userID", userId.ToString()),
        new("redirect", "true"),
    ]);

    public async Task<BigBlueButtonResult<bool>> EndAsync(string meetingId, CancellationToken cancellationToken)
    {
        var (response, failure) = await CallAsync("end", [new("meetingID", meetingId)], cancellationToken);
        return response is null ? failure!.As<bool>() : BigBlueButtonResult<bool>.Ok(true, Text(response, "messageKey"));
    }

    public async Task<BigBlueButtonResult<bool>> IsMeetingRunningAsync(string meetingId, CancellationToken cancellationToken)
    {
        var (response, failure) = await CallAsync("isMeetingRunning", [new("meetingID", meetingId)], cancellationToken);
        return response is null
            ? failure!.As<bool>()
            : BigBlueButtonResult<bool>.Ok(string.Equals(Text(response, "running"), "true", StringComparison.OrdinalIgnoreCase));
    }

    public async Task<BigBlueButtonResult<IReadOnlyList<MeetingRecording>>> GetRecordingsAsync(string meetingId, CancellationToken cancellationToken)
    {
        var (response, failure) = await CallAsync("getRecordings", [new("meetingID", meetingId)], cancellationToken);
        if (response is null)
        {
            return failure!.As<IReadOnlyList<MeetingRecording>>();
        }

        var recordings = response.Element("recordings")?.Elements("recording").Select(ReadRecording).OfType<MeetingRecording>().ToList() ?? [];
        return BigBlueButtonResult<IReadOnlyList<MeetingRecording>>.Ok(recordings);
    }

    private static MeetingRecording? ReadRecording(XElement recording)
    {
        var formats = recording.Element("playback")?.Elements("format").ToList() ?? [];
        var format = formats.FirstOrDefault(f => string.Equals(Text(f, "type"), "presentation", StringComparison.Ordinal)) ?? formats.FirstOrDefault();
        var url = format is null ? null : Text(format, "url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var minutes = int.TryParse(Text(format!, "length"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var length) ? length : 0;
        DateTime? startedAt = long.TryParse(Text(recording, "startTime"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime
            : null;
        return new MeetingRecording(Text(recording, "recordID") ?? "", url, minutes,
            !string.Equals(Text(recording, "published"), "false", StringComparison.OrdinalIgnoreCase), startedAt);
    }

    private string SignedUrl(string callName, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var settings = Settings;
        var query = BigBlueButtonQuery.Encode(parameters);
        var checksum = BigBlueButtonChecksum.Compute(callName, query, settings.Secret!, settings.ChecksumAlgorithm);
        var baseUrl = settings.Url!.EndsWith('/') ? settings.Url : settings.Url + "/";
        return $"{baseUrl}{callName}?{query}&checksum={checksum}";
    }

    private async Task<(XElement? Response, BigBlueButtonResult<XElement>? Failure)> CallAsync(string callName,
        IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return (null, BigBlueButtonResult<XElement>.Failed("notConfigured", "BigBlueButton is not configured."));
        }

        try
        {
            using var response = await http.GetAsync(new Uri(SignedUrl(callName, parameters)), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogFailure(logger, callName, $"HTTP {(int)response.StatusCode}");
                return (null, BigBlueButtonResult<XElement>.Failed("httpError", $"HTTP {(int)response.StatusCode}"));
            }

            var root = XDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).Root;
            if (root is null || root.Name.LocalName != "response")
            {
                return (null, BigBlueButtonResult<XElement>.Failed("badResponse", "The answer is not a BigBlueButton response."));
            }

            if (!string.Equals(Text(root, "returncode"), "SUCCESS", StringComparison.Ordinal))
            {
                var key = Text(root, "messageKey") ?? "failed";
                LogFailure(logger, callName, key);
                return (null, BigBlueButtonResult<XElement>.Failed(key, Text(root, "message")));
            }

            return (root, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailure(logger, callName, "timeout");
            return (null, BigBlueButtonResult<XElement>.Failed("timeout", "The server did not answer in time."));
        }
        catch (HttpRequestException e)
        {
            LogFailure(logger, callName, e.Message);
            return (null, BigBlueButtonResult<XElement>.Failed("unreachable", "The server could not be reached."));
        }
        catch (XmlException)
        {
            LogFailure(logger, callName, "unreadable XML");
            return (null, BigBlueButtonResult<XElement>.Failed("badResponse", "The answer is not readable XML."));
        }
    }

    private static string? Text(XElement element, string name) => element.Element(name)?.Value is { Length: > 0 } value ? value.Trim() : null;

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "BigBlueButton call {Call} failed: {Reason}")]
    private static partial void LogFailure(ILogger logger, string call, string reason);
}
