using System.Globalization;
using System.Text.Json;
using Bottega.Events.Features.Attendance;

namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>What the learning-analytics callback says of a meeting: its meetingID and the viewers' figures.</summary>
internal sealed record AnalyticsReport(string MeetingId, string? InternalMeetingId, IReadOnlyList<ParticipantFigures> Rows, IReadOnlyList<string> Malformed);

/// <summary>
/// Reads the JSON the server posts to <c>meta_analytics-callback-url</c> after a meeting:
/// <c>{ version, meeting_id, internal_meeting_id, data: { attendees: [ { ext_user_id, name, moderator, joins: [time…],
/// leaves: [time…], duration (seconds), engagement: { chats, talks, raisehand, emojis, poll_votes, talk_time (seconds) },
/// webcams?: [ { started_on, stopped_on } ] } ] } }</c>. The external user id is the Bottega user id given at join.
/// Moderators (organizers, speakers) are left out: attendance is the viewers'.
/// </summary>
internal static class AnalyticsReportParser
{
    public static AnalyticsReport? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || String(root, "meeting_id") is not { } meetingId
            || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("attendees", out var attendees) || attendees.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var rows = new List<ParticipantFigures>();
        var malformed = new List<string>();
        var number = 0;
        foreach (var attendee in attendees.EnumerateArray())
        {
            number++;
            if (attendee.ValueKind != JsonValueKind.Object)
            {
                malformed.Add(string.Create(CultureInfo.InvariantCulture, $"Riga {number}: partecipante non leggibile"));
                continue;
            }

            if (attendee.TryGetProperty("moderator", out var moderator) && moderator.ValueKind == JsonValueKind.True)
            {
                continue;
            }

            var row = Read(number, attendee, out var problem);
            if (row is null)
            {
                malformed.Add(string.Create(CultureInfo.InvariantCulture, $"Riga {number}: {problem}"));
            }
            else
            {
                rows.Add(row);
            }
        }

        return new AnalyticsReport(meetingId, String(root, "internal_meeting_id"), rows, malformed);
    }

    private static ParticipantFigures? Read(int number, JsonElement attendee, out string? problem)
    {
        problem = null;
        var joins = Times(attendee, "joins");
        var leaves = Times(attendee, "leaves");
        if (joins is null || leaves is null)
        {
            problem = "orari di ingresso o di uscita non leggibili";
            return null;
        }

        var seconds = Number(attendee, "duration");
        if (seconds is < 0)
        {
            problem = "durata negativa";
            return null;
        }

        var userId = Guid.TryParse(String(attendee, "ext_user_id"), out var id) ? id : (Guid?)null;
        var engagement = attendee.TryGetProperty("engagement", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        var webcamSeconds = WebcamSeconds(attendee);
        return new ParticipantFigures(number, userId, null, String(attendee, "name"),
            joins.Count > 0 ? joins.Min() : null, leaves.Count > 0 ? leaves.Max() : null,
            seconds is { } s ? (int)(s / 60) : null,
            webcamSeconds is { } w ? (int)(w / 60) : null,
            engagement.ValueKind == JsonValueKind.Object ? Int(engagement, "talk_time") : null,
            engagement.ValueKind == JsonValueKind.Object ? Int(engagement, "chats") : null,
            engagement.ValueKind == JsonValueKind.Object ? Int(engagement, "poll_votes") : null);
    }

    /// <summary>Webcam time, where the server reports the webcam's streams; null where it does not.</summary>
    private static double? WebcamSeconds(JsonElement attendee)
    {
        if (!attendee.TryGetProperty("webcams", out var webcams) || webcams.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var total = 0d;
        foreach (var stream in webcams.EnumerateArray())
        {
            if (stream.ValueKind == JsonValueKind.Object && Time(stream, "started_on") is { } from && Time(stream, "stopped_on") is { } to && to > from)
            {
                total += (to - from).TotalSeconds;
            }
        }

        return total;
    }

    private static List<DateTime>? Times(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var times = new List<DateTime>();
        foreach (var item in array.EnumerateArray())
        {
            if (ParseTime(item) is not { } time)
            {
                return null;
            }

            times.Add(time);
        }

        return times;
    }

    private static DateTime? Time(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? ParseTime(value) : null;

    /// <summary>ISO 8601 with an offset (Ruby's JSON of a time), or Unix seconds.</summary>
    private static DateTime? ParseTime(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var time) => time.UtcDateTime,
        JsonValueKind.Number when value.TryGetInt64(out var seconds) && seconds is > 0 and < 32503680000 =>
            DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime,
        _ => null,
    };

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static int? Int(JsonElement element, string name) => Number(element, name) is { } n && n is >= 0 and <= int.MaxValue ? (int)n : null;
}
