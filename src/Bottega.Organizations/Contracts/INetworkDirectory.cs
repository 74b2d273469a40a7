namespace Bottega.Organizations.Contracts;

/// <summary>What other modules may read about networks and their member organizations.</summary>
public interface INetworkDirectory
{
    Task<NetworkInfo?> FindAsync(Guid networkId, CancellationToken cancellationToken);

    Task<IReadOnlyList<NetworkInfo>> GetManyAsync(IEnumerable<Guid> networkIds, CancellationToken cancellationToken);

    /// <summary>Every network of the platform, by name (a few hundred at most), for choosing one (federation of a course).</summary>
    Task<IReadOnlyList<NetworkInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Organizations whose agreement with the network is active today.</summary>
    Task<IReadOnlyList<OrganizationInfo>> ListActiveMemberOrganizationsAsync(Guid networkId, CancellationToken cancellationToken);

    Task<int> CountActiveMemberOrganizationsAsync(Guid networkId, CancellationToken cancellationToken);

    Task<bool> IsActiveMemberOrganizationAsync(Guid networkId, Guid organizationId, CancellationToken cancellationToken);
}
