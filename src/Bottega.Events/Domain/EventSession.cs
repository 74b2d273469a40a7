using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>One meeting of an event: when (stored in UTC, set and shown in Rome time), where, who speaks, its hours.</summary>
public sealed class EventSession : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>1, 2, … in time order.</summary>
    public int Number { get; private set; }

    public string? Title { get; private set; }

    public DateTime StartsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    /// <summary>The address of an in-person session.</summary>
    public string? Place { get; private set; }

    public MeetingProvider Provider { get; private set; }

    /// <summary>The meeting URL of an external provider; never shown to people who have no seat (they join through their personal link).</summary>
    public string? MeetingUrl { get; private set; }

    /// <summary>The BigBlueButton meetingID (created on first join).</summary>
    public string? ProviderMeetingId { get; private set; }

    /// <summary>Speakers, one per line.</summary>
    public string? Speakers { get; private set; }

    /// <summary>Training hours an attendee earns.</summary>
    public decimal Hours { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public string? RecordingUrl { get; private set; }

    public DateTime? AttendanceImportedAt { get; private set; }

    private EventSession()
    {
    }

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public static EventSession Create(Guid networkId, Guid eventId, int number, string? title, DateTime startsAtUtc, int durationMinutes, string? place,
        MeetingProvider provider, string? meetingUrl, string? speakers, decimal hours) => new()
        {
            NetworkId = networkId,
            EventId = eventId,
            Number = number,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            StartsAt = DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc),
            DurationMinutes = durationMinutes,
            Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim(),
            Provider = provider,
            MeetingUrl = string.IsNullOrWhiteSpace(meetingUrl) ? null : meetingUrl.Trim(),
            Speakers = string.IsNullOrWhiteSpace(speakers) ? null : speakers.Trim(),
            Hours = hours,
        };

    public void Update(string? title, DateTime startsAtUtc, int durationMinutes, string? place, MeetingProvider provider, string? meetingUrl, string? speakers,
        decimal hours)
    {
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        StartsAt = DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc);
        DurationMinutes = durationMinutes;
        Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        Provider = provider;
        MeetingUrl = string.IsNullOrWhiteSpace(meetingUrl) ? null : meetingUrl.Trim();
        Speakers = string.IsNullOrWhiteSpace(speakers) ? null : speakers.Trim();
        Hours = hours;
    }

    public void Renumber(int number) => Number = number;

    public void MeetingCreated(string providerMeetingId) => ProviderMeetingId = providerMeetingId;

    public void Ended(DateTime now) => EndedAt ??= now;

    public void RecordingAvailable(string url) => RecordingUrl = url;

    public void AttendanceImported(DateTime now) => AttendanceImportedAt = now;
}
