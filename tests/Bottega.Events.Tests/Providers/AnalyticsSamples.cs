using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Bottega.Events.Tests.Providers;

/// <summary>Learning-analytics reports and bearer tokens as the server sends them (written for these tests from the documented format).</summary>
internal static class AnalyticsSamples
{
    public static string Report(string meetingId, Guid viewer, Guid other) => $$"""
        {
          "version": "1.0",
          "meeting_id": "{{meetingId}}",
          "internal_meeting_id": "0a1b2c3d4e5f-1767000000000",
          "data": {
            "metadata": { "bbb_origin": "Bottega" },
            "duration": 5400,
            "start": "2026-03-10T10:00:00.000+01:00",
            "finish": "2026-03-10T11:30:00.000+01:00",
            "attendees": [
              {
                "ext_user_id": "{{Guid.NewGuid()}}",
                "name": "Docente",
                "moderator": true,
                "joins": ["2026-03-10T09:55:00.000+01:00"],
                "leaves": ["2026-03-10T11:30:00.000+01:00"],
                "duration": 5700,
                "recent_talking_time": "",
                "engagement": { "chats": 1, "talks": 40, "raisehand": 0, "emojis": 0, "poll_votes": 0, "talk_time": 3000 }
              },
              {
                "ext_user_id": "{{viewer}}",
                "name": "Anna Rossi",
                "moderator": false,
                "joins": ["2026-03-10T10:02:00.000+01:00", "2026-03-10T10:40:00.000+01:00"],
                "leaves": ["2026-03-10T10:35:00.000+01:00", "2026-03-10T11:30:00.000+01:00"],
                "duration": 4980,
                "recent_talking_time": "",
                "engagement": { "chats": 3, "talks": 2, "raisehand": 1, "emojis": 0, "poll_votes": 2, "talk_time": 95 },
                "webcams": [ { "started_on": "2026-03-10T10:05:00.000+01:00", "stopped_on": "2026-03-10T10:35:00.000+01:00" } ]
              },
              {
                "ext_user_id": "{{other}}",
                "name": "Luca Bianchi",
                "moderator": false,
                "joins": ["yesterday"],
                "leaves": [],
                "duration": 0,
                "engagement": { "chats": 0, "talks": 0, "raisehand": 0, "emojis": 0, "poll_votes": 0, "talk_time": 0 }
              },
              {
                "ext_user_id": "ospite-senza-account",
                "name": "Ospite",
                "moderator": false,
                "joins": ["2026-03-10T10:10:00.000+01:00"],
                "leaves": ["2026-03-10T10:20:00.000+01:00"],
                "duration": 600,
                "engagement": { "chats": 0, "talks": 0, "raisehand": 0, "emojis": 0, "poll_votes": 0, "talk_time": 0 }
              }
            ],
            "files": ["slide.pdf"],
            "polls": []
          }
        }
        """;

    /// <summary>A JWT signed HS512 with the secret, expiring at <paramref name="expires"/>.</summary>
    public static string Token(string secret, DateTimeOffset expires, string algorithm = "HS512")
    {
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"alg":"{{algorithm}}","typ":"JWT"}"""));
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"exp":{{expires.ToUnixTimeSeconds()}}}"""));
        var signature = Base64Url.EncodeToString(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(header + "." + payload)));
        return $"{header}.{payload}.{signature}";
    }
}
