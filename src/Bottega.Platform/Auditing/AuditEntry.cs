namespace Bottega.Platform.Auditing;

/// <summary>One administrative action: who did what to which target, in which network. No personal data in <see cref="Summary"/>.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public DateTime At { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public Guid? NetworkId { get; private set; }

    public string Action { get; private set; } = "";

    public string TargetType { get; private set; } = "";

    public string? TargetId { get; private set; }

    public string? Summary { get; private set; }

    private AuditEntry()
    {
    }

    public static AuditEntry Create(DateTime at, Guid? actorUserId, Guid? networkId, string action, string targetType, string? targetId, string? summary = null) =>
        new()
        {
            At = at,
            ActorUserId = actorUserId,
            NetworkId = networkId,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Summary = summary is { Length: > 500 } ? summary[..500] : summary,
        };

    /// <summary>Erasure keeps the fact that something happened but not who did it.</summary>
    public void ForgetActor() => ActorUserId = null;
}
