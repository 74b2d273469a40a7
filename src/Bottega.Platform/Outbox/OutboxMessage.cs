namespace Bottega.Platform.Outbox;

/// <summary>
/// A domain event written in the same transaction as the change that raised it and delivered to other modules after
/// that transaction commits: a rollback never announces anything, a crash never loses an announcement.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    private OutboxMessage()
    {
    }

    public static OutboxMessage Create(string type, string payload, DateTime now) => new() { Type = type, Payload = payload, CreatedAt = now };

    internal void Failed(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
    }

    internal void Processed(DateTime now) => ProcessedAt = now;
}
