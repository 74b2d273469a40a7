using Bottega.Platform.Tenancy;

namespace Bottega.Platform.Security;

/// <summary>The current user's roles in the current network, looked up once per request.</summary>
public interface ICurrentNetworkRoles
{
    Task<NetworkRole> GetAsync(CancellationToken cancellationToken);
}

internal sealed class CurrentNetworkRoles(ITenantContext tenant, ICurrentUser user, IMembershipLookup lookup) : ICurrentNetworkRoles
{
    private NetworkRole? cached;

    public async Task<NetworkRole> GetAsync(CancellationToken cancellationToken)
    {
        if (cached is { } known)
        {
            return known;
        }

        cached = tenant.NetworkId is { } networkId && user.Id is { } userId
            ? await lookup.GetActiveRolesAsync(userId, networkId, cancellationToken)
            : NetworkRole.None;
        return cached.Value;
    }
}
