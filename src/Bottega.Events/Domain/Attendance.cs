using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>
/// A person's presence at a session, one row per person and session (unique): imports update it, so importing the
/// same data twice changes nothing. Engagement figures are null where the provider does not give them. Per-person
/// figures are personal data about employees: the person sees their own, organizers see aggregates unless the event
/// documents a purpose (<see cref="LiveEvent.EngagementDetailPurpose"/>).
/// </summary>
public sealed class Attendance : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid EventId { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid UserId { get; private set; }

    public AttendanceSource Source { get; private set; }

    public DateTime? JoinedAt { get; private set; }

    public DateTime? LeftAt { get; private set; }

    public int MinutesPresent { get; private set; }

    public int? WebcamMinutes { get; private set; }

    public int? TalkSeconds { get; private set; }

    public int? ChatMessages { get; private set; }

    public int? PollAnswers { get; private set; }

    /// <summary>Present for at least the event's threshold: the session counts as attended (hours recorded, live-session objects completed).</summary>
    public bool Attended { get; private set; }

    public DateTime RecordedAt { get; private set; }

    private Attendance()
    {
    }

    public static Attendance Create(Guid networkId, Guid eventId, Guid sessionId, Guid userId, DateTime now) => new()
    {
        NetworkId = networkId,
        EventId = eventId,
        SessionId = sessionId,
        UserId = userId,
        RecordedAt = now,
    };

    /// <summary>Replaces the figures with an import's (the latest import of a source wins; figures it lacks stay null).</summary>
    public void Record(AttendanceSource source, DateTime? joinedAt, DateTime? leftAt, int minutesPresent, int? webcamMinutes, int? talkSeconds, int? chatMessages,
        int? pollAnswers, bool attended, DateTime now)
    {
        Source = source;
        JoinedAt = joinedAt;
        LeftAt = leftAt;
        MinutesPresent = minutesPresent;
        WebcamMinutes = webcamMinutes;
        TalkSeconds = talkSeconds;
        ChatMessages = chatMessages;
        PollAnswers = pollAnswers;
        Attended = Attended || attended;
        RecordedAt = now;
    }
}
