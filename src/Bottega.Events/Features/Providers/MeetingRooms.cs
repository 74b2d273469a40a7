using Bottega.Events.Domain;
using Bottega.Events.Features.Providers.BigBlueButton;
using Microsoft.Extensions.Options;

namespace Bottega.Events.Features.Providers;

/// <summary>The BigBlueButton meeting of a session: created (or found) with Bottega's callbacks, its meetingID kept on the session.</summary>
internal sealed class MeetingRooms(BigBlueButtonClient client, IOptions<EventsOptions> options)
{
    public bool IsConfigured => client.IsConfigured;

    /// <summary>Creates the meeting when needed (create is idempotent) and stores its meetingID on the tracked session; the caller saves.</summary>
    public async Task<BigBlueButtonResult<string>> EnsureAsync(LiveEvent liveEvent, EventSession session, int sessionCount, string networkSlug,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var meetingId = session.ProviderMeetingId ?? MeetingCallbacks.MeetingIdOf(session.Id);
        var name = sessionCount > 1 ? $"{liveEvent.Title} — {session.Title ?? "#" + session.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : liveEvent.Title;
        var created = await client.CreateAsync(new CreateMeeting(meetingId, name,
            $"{settings.PublicBaseUrl.TrimEnd('/')}/reti/{networkSlug}/eventi/{liveEvent.Id}",
            MeetingCallbacks.EndUrl(settings.PublicBaseUrl, meetingId, settings.BigBlueButton.Secret!),
            MeetingCallbacks.AnalyticsUrl(settings.PublicBaseUrl)), cancellationToken);
        if (!created.Succeeded)
        {
            return created.As<string>();
        }

        if (session.ProviderMeetingId is null)
        {
            session.MeetingCreated(meetingId);
        }

        return BigBlueButtonResult<string>.Ok(meetingId);
    }

    public string JoinUrl(string meetingId, string fullName, bool moderator, Guid userId) => client.JoinUrl(meetingId, fullName, moderator, userId);

    public Task<BigBlueButtonResult<bool>> IsRunningAsync(string meetingId, CancellationToken cancellationToken) =>
        client.IsMeetingRunningAsync(meetingId, cancellationToken);

    public Task<BigBlueButtonResult<bool>> EndAsync(string meetingId, CancellationToken cancellationToken) => client.EndAsync(meetingId, cancellationToken);

    public Task<BigBlueButtonResult<IReadOnlyList<MeetingRecording>>> RecordingsAsync(string meetingId, CancellationToken cancellationToken) =>
        client.GetRecordingsAsync(meetingId, cancellationToken);
}
