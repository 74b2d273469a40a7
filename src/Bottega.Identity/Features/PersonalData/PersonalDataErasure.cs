using Bottega.Identity.Data;
using Bottega.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.PersonalData;

/// <summary>
/// Erases a person (GDPR art. 17): the account, profile, logins and memberships go; audit entries stay, without
/// the actor, so the record of what happened survives without saying who.
/// </summary>
public sealed class PersonalDataErasure
{
    private readonly IdentityDataContext db;
    private readonly AuditTrail audit;

    internal PersonalDataErasure(IdentityDataContext db, AuditTrail audit)
    {
        this.db = db;
        this.audit = audit;
    }

    public async Task<bool> EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var id = userId.ToString();
        await db.Set<AuditEntry>().Where(a => a.ActorUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorUserId, (Guid?)null), cancellationToken);
        await db.Set<AuditEntry>().Where(a => a.TargetId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.TargetId, "erased"), cancellationToken);
        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        audit.RecordAnonymous(db, "person.erased", "person");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
