using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>An e-mail sent to a registrant about a session (unique on registration, session and kind): a job run twice sends nothing twice.</summary>
public sealed class ReminderDelivery : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid RegistrationId { get; private set; }

    /// <summary>The session reminded of; <see cref="Guid.Empty"/> for a confirmation (which covers the whole event).</summary>
    public Guid SessionId { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateTime SentAt { get; private set; }

    private ReminderDelivery()
    {
    }

    public static ReminderDelivery Create(Guid networkId, Guid registrationId, Guid sessionId, ReminderKind kind, DateTime now) => new()
    {
        NetworkId = networkId,
        RegistrationId = registrationId,
        SessionId = sessionId,
        Kind = kind,
        SentAt = now,
    };
}
