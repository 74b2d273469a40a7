namespace Bottega.Platform.Security;

/// <summary>A person as a member of a network: who they are and the member organization they work for there.</summary>
public sealed record NetworkPerson(Guid UserId, string Name, string Email, Guid? OrganizationId, string? JobRole);

/// <summary>An active member of a network with their roles there, for fan-outs that decide access in bulk.</summary>
public sealed record ActiveMember(Guid UserId, string Email, NetworkRole Roles);

/// <summary>
/// The people of a network, for modules that act on them (a referent assigning a course to their staff). Implemented
/// by the module that owns memberships; only active memberships count.
/// </summary>
public interface INetworkPeople
{
    Task<NetworkPerson?> FindAsync(Guid networkId, Guid userId, CancellationToken cancellationToken);

    /// <summary>An active member of the network by e-mail address (case-insensitive), for example to name a course's teacher.</summary>
    Task<NetworkPerson?> FindByEmailAsync(Guid networkId, string email, CancellationToken cancellationToken);

    /// <summary>Active members of the network working for one of the organizations, by name.</summary>
    Task<IReadOnlyList<NetworkPerson>> ListStaffAsync(Guid networkId, IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken);

    /// <summary>Active members of the network whose name contains <paramref name="text"/> (accents and case aside), by name, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<NetworkPerson>> SearchByNameAsync(Guid networkId, string text, int limit, CancellationToken cancellationToken);

    /// <summary>The organization a person is the training referent of in the network, if they are one.</summary>
    Task<Guid?> ReferentOfAsync(Guid networkId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Those of the ids who are active members of the network, with their e-mail and roles (any number of ids; read in batches).</summary>
    Task<IReadOnlyList<ActiveMember>> ActiveMembersAsync(Guid networkId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}
