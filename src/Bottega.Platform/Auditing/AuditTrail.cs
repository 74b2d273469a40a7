using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Platform.Auditing;

/// <summary>
/// Adds an audit entry to the caller's context, so it is saved in the same transaction as the action it records.
/// </summary>
public sealed class AuditTrail(TimeProvider time, ICurrentUser user)
{
    public void Record(DbContext context, Guid? networkId, string action, string targetType, object? targetId, string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Set<AuditEntry>().Add(AuditEntry.Create(
            time.GetUtcNow().UtcDateTime, user.Id, networkId, action, targetType, targetId?.ToString(), summary));
    }

    /// <summary>
    /// An entry for an actor named by the caller: services that act for someone outside a request (jobs, the demo seed)
    /// or on someone's behalf pass the acting person, which the current user may not be.
    /// </summary>
    public void RecordBy(DbContext context, Guid? actorId, Guid? networkId, string action, string targetType, object? targetId, string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Set<AuditEntry>().Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, actorId, networkId, action, targetType, targetId?.ToString(), summary));
    }

    /// <summary>An entry with no actor, for actions whose actor must not be kept (a person's own erasure).</summary>
    public void RecordAnonymous(DbContext context, string action, string targetType)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Set<AuditEntry>().Add(AuditEntry.Create(time.GetUtcNow().UtcDateTime, null, null, action, targetType, null));
    }
}
