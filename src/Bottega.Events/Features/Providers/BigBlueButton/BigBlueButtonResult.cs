namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>
/// What a call to the server came to: the value on success, otherwise the reason (the server's messageKey and message,
/// or ours: notConfigured, httpError, timeout, unreachable, badResponse). Never an exception.
/// </summary>
internal sealed record BigBlueButtonResult<T>(bool Succeeded, T? Value, string? MessageKey, string? Message)
{
    public static BigBlueButtonResult<T> Ok(T value, string? messageKey = null) => new(true, value, messageKey, null);

    public static BigBlueButtonResult<T> Failed(string messageKey, string? message) => new(false, default, messageKey, message);

    public BigBlueButtonResult<TOther> As<TOther>() => new(false, default, MessageKey, Message);
}

internal sealed record CreateMeeting(string MeetingId, string Name, string LogoutUrl, string EndCallbackUrl, string AnalyticsCallbackUrl);

internal sealed record MeetingCreated(string MeetingId, string? InternalMeetingId, bool AlreadyExisted);

/// <summary>A recording's playback (the "presentation" format when there is one), its length in minutes.</summary>
internal sealed record MeetingRecording(string RecordId, string PlaybackUrl, int Minutes, bool Published, DateTime? StartedAt);
