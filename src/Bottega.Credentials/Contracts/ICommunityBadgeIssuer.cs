namespace Bottega.Credentials.Contracts;

/// <summary>
/// Issues a network's community badge (first answer, helpful colleague …) to a member. The badge's achievement is created
/// on first use from the given texts, then belongs to the network's administrators, who may edit it; issuing is idempotent.
/// </summary>
public interface ICommunityBadgeIssuer
{
    /// <param name="networkId">The network whose community the badge belongs to.</param>
    /// <param name="badgeKey">Stable key of the badge in the network ("prima-risposta").</param>
    /// <param name="name">Name of the badge when it is created.</param>
    /// <param name="description">Description of the badge when it is created.</param>
    /// <param name="criteria">What earning it takes, when it is created.</param>
    /// <param name="userId">The member who earned it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>True when a new credential was issued; false when the person already holds it, is no longer a member or the badge is archived.</returns>
    Task<bool> IssueAsync(Guid networkId, string badgeKey, string name, string description, string criteria, Guid userId, CancellationToken cancellationToken);
}
