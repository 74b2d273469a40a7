namespace Bottega.Platform.Security;

/// <summary>Implemented by the module that owns memberships; the authorization handler asks it.</summary>
public interface IMembershipLookup
{
    /// <summary>The roles of an active membership, or <see cref="NetworkRole.None"/>.</summary>
    Task<NetworkRole> GetActiveRolesAsync(Guid userId, Guid networkId, CancellationToken cancellationToken);
}
