namespace Bottega.Platform.Outbox;

/// <summary>Delivers one type of outbox message. Delivery is at least once: handlers must be idempotent.</summary>
public interface IOutboxHandler
{
    string Type { get; }

    Task HandleAsync(string payload, CancellationToken cancellationToken);
}
