using System.Security.Cryptography;
using System.Text;

namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>
/// The URLs the server calls back, written into the meeting when Bottega creates it. The end-of-meeting URL carries a
/// checksum of the meetingID keyed with the shared secret, so only a URL Bottega made ends a session.
/// </summary>
internal static class MeetingCallbacks
{
    public const string EndPath = "/eventi/bbb/fine";
    public const string AnalyticsPath = "/eventi/bbb/analisi";

    /// <summary>The meetingID of a session: one per session, so creating it again is the same meeting.</summary>
    public static string MeetingIdOf(Guid sessionId) => $"bottega-{sessionId:N}";

    public static string EndUrl(string publicBaseUrl, string meetingId, string secret) =>
        $"{publicBaseUrl.TrimEnd('/')}{EndPath}?meetingID={Uri.EscapeDataString(meetingId)}&checksum={EndChecksum(meetingId, secret)}";

    public static string AnalyticsUrl(string publicBaseUrl) => publicBaseUrl.TrimEnd('/') + AnalyticsPath;

    public static string EndChecksum(string meetingId, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("end-callback:" + meetingId)));

    public static bool IsValidEnd(string meetingId, string? checksum, string secret) => BigBlueButtonChecksum.Matches(EndChecksum(meetingId, secret), checksum);
}
