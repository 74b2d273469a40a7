using Bottega.Identity.Data;
using Bottega.Platform.Auditing;
using Bottega.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.PersonalData;

/// <summary>
/// Erases a person (GDPR art. 17): the account, profile, logins and memberships go; audit entries stay, without
/// the actor, so the record of what happened survives without saying who. The other modules' parts go first
/// (<see cref="IPersonalDataContributor"/>, each idempotent in its own transaction): if one fails the account is still
/// there and erasing again finishes the job.
/// </summary>
public sealed class PersonalDataErasure
{
    private readonly IdentityDataContext db;
    private readonly AuditTrail audit;
    private readonly IEnumerable<IPersonalDataContributor> contributors;

    internal PersonalDataErasure(IdentityDataContext db, AuditTrail audit, IEnumerable<IPersonalDataContributor> contributors)
    {
        this.contributors = contributors;
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

        foreach (var contributor in contributors)
        {
            await contributor.EraseAsync(userId, cancellationToken);
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
