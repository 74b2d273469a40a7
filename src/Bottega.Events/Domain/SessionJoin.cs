using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>A person opened their personal join link of a session: Bottega's own record of who joined when.</summary>
public sealed class SessionJoin : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime JoinedAt { get; private set; }

    /// <summary>Joined as moderator (organizer, speaker) rather than attendee.</summary>
    public bool AsModerator { get; private set; }

    private SessionJoin()
    {
    }

    public static SessionJoin Create(Guid networkId, Guid sessionId, Guid userId, bool asModerator, DateTime now) => new()
    {
        NetworkId = networkId,
        SessionId = sessionId,
        UserId = userId,
        AsModerator = asModerator,
        JoinedAt = now,
    };
}
