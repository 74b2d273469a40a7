namespace Bottega.Credentials.Contracts;

/// <summary>
/// Gives an organization an award badge of a network (a prize call's winners …). The award's achievement is created on
/// first use from the given texts (same key: the texts are updated); awarding is idempotent.
/// </summary>
public interface IOrganizationAwards
{
    /// <param name="networkId">The network that gives the award.</param>
    /// <param name="key">Stable key of the award in the network ("premio-…").</param>
    /// <param name="name">Name of the badge.</param>
    /// <param name="description">Description of the badge.</param>
    /// <param name="criteria">What earning it took.</param>
    /// <param name="organizationId">The organization awarded.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>True when a new credential was issued; false when the organization already holds it or is unknown.</returns>
    Task<bool> AwardAsync(Guid networkId, string key, string name, string description, string criteria, Guid organizationId, CancellationToken cancellationToken);
}
