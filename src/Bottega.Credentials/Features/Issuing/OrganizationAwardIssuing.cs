using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Bottega.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Issuing;

/// <summary>Award levels of a rule as achievements, issued to organizations (recipient: the organization's public URL, not hashed).</summary>
internal sealed class OrganizationAwardIssuing(CredentialsDbContext db, CredentialIssuing issuing, IOrganizationDirectory organizations, CredentialUrls urls,
    TimeProvider time) : IOrganizationAwardIssuing
{
    public async Task<Guid> EnsureAwardAchievementAsync(Guid networkId, string key, string name, string description, string criteria,
        CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.NetworkId == networkId && a.AwardKey == key, cancellationToken);
        if (achievement is null)
        {
            achievement = Achievement.CreateAward(networkId, key, name, description, criteria, time.GetUtcNow().UtcDateTime);
            db.Achievements.Add(achievement);
        }
        else
        {
            achievement.Update(name, description, criteria, achievement.Colour, achievement.ValidityMonths, issueOnCompletion: false);
        }

        await db.SaveChangesAsync(cancellationToken);
        return achievement.Id;
    }

    public async Task<bool> AwardToOrganizationAsync(Guid networkId, Guid achievementId, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await organizations.FindAsync(organizationId, cancellationToken);
        if (organization is null)
        {
            return false;
        }

        var outcome = await issuing.IssueAsync(new IssueRequest(networkId, achievementId, RecipientKind.Organization, organizationId, organization.Name,
            urls.OrganizationIdentity(organizationId), CredentialSource.Award, null), cancellationToken);
        return outcome == IssueOutcome.Issued;
    }
}
