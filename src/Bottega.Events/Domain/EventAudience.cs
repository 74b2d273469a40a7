using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>
/// Who an event is for. An event with no audience rows is for the whole network; otherwise a person must match one
/// organization row (when there are any) and one job-role row (when there are any).
/// </summary>
public sealed class EventAudience : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid EventId { get; private set; }

    public AudienceKind Kind { get; private set; }

    /// <summary>An organization id (as text) or a job role.</summary>
    public string Value { get; private set; } = "";

    private EventAudience()
    {
    }

    public static EventAudience Create(Guid networkId, Guid eventId, AudienceKind kind, string value) => new()
    {
        NetworkId = networkId,
        EventId = eventId,
        Kind = kind,
        Value = value.Trim(),
    };
}
