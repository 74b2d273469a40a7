using Bottega.Credentials.Contracts;
using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Issuing;

/// <summary>Community badges as achievements of kind <see cref="AchievementKind.Community"/>, keyed "community:{badgeKey}", issued to people.</summary>
internal sealed class CommunityBadgeIssuer(CredentialsDbContext db, CredentialIssuing issuing, INetworkPeople people, TimeProvider time) : ICommunityBadgeIssuer
{
    public async Task<bool> IssueAsync(Guid networkId, string badgeKey, string name, string description, string criteria, Guid userId,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(badgeKey);
        var person = await people.FindAsync(networkId, userId, cancellationToken);
        if (person is null)
        {
            return false;
        }

        var achievementId = await EnsureAchievementAsync(networkId, "community:" + badgeKey, name, description, criteria, cancellationToken);
        var outcome = await issuing.IssueAsync(new IssueRequest(networkId, achievementId, RecipientKind.Person, person.UserId, person.Name, person.Email,
            CredentialSource.Award, badgeKey), cancellationToken);
        return outcome == IssueOutcome.Issued;
    }

    private async Task<Guid> EnsureAchievementAsync(Guid networkId, string key, string name, string description, string criteria,
        CancellationToken cancellationToken)
    {
        var existing = await db.Achievements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.NetworkId == networkId && a.AwardKey == key).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var achievement = Achievement.CreateCommunity(networkId, key, name, description, criteria, time.GetUtcNow().UtcDateTime);
        db.Achievements.Add(achievement);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return achievement.Id;
        }
        catch (DbUpdateException)
        {
            // Two first badges of the network at once: the other delivery created it.
            db.Entry(achievement).State = EntityState.Detached;
            return await db.Achievements.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.NetworkId == networkId && a.AwardKey == key).Select(a => a.Id).FirstAsync(cancellationToken);
        }
    }
}
