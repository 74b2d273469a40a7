using Bottega.Credentials.Contracts;

namespace Bottega.Credentials.Features.Issuing;

/// <summary>Awards for other modules, over the organization-award issuing the award rules use.</summary>
internal sealed class OrganizationAwards(IOrganizationAwardIssuing issuing) : IOrganizationAwards
{
    public async Task<bool> AwardAsync(Guid networkId, string key, string name, string description, string criteria, Guid organizationId,
        CancellationToken cancellationToken)
    {
        var achievementId = await issuing.EnsureAwardAchievementAsync(networkId, key, name, description, criteria, cancellationToken);
        return await issuing.AwardToOrganizationAsync(networkId, achievementId, organizationId, cancellationToken);
    }
}
