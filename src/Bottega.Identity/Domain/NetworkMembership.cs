using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;

namespace Bottega.Identity.Domain;

/// <summary>A person in a network, with roles. Pending until approved where the network's join policy asks for it.</summary>
public sealed class NetworkMembership : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid UserId { get; private set; }

    public NetworkRole Roles { get; private set; }

    public MembershipStatus Status { get; private set; }

    /// <summary>The member organization the person joined through (their employer in this network).</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>For a training referent: the organization whose staff they enrol and follow.</summary>
    public Guid? ReferentOfOrganizationId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    private NetworkMembership()
    {
    }

    public static NetworkMembership Request(Guid networkId, Guid userId, Guid? organizationId, DateTime now) => new()
    {
        NetworkId = networkId,
        UserId = userId,
        Roles = NetworkRole.Member,
        Status = MembershipStatus.Pending,
        OrganizationId = organizationId,
        RequestedAt = now,
    };

    public static NetworkMembership Grant(Guid networkId, Guid userId, NetworkRole roles, Guid? organizationId, Guid? decidedBy, DateTime now)
    {
        var membership = Request(networkId, userId, organizationId, now);
        membership.Approve(decidedBy, now);
        membership.Roles = roles | NetworkRole.Member;
        return membership;
    }

    public bool IsActive => Status == MembershipStatus.Active;

    public void Approve(Guid? by, DateTime now)
    {
        Status = MembershipStatus.Active;
        DecidedAt = now;
        DecidedBy = by;
    }

    public void Reject(Guid by, DateTime now)
    {
        Status = MembershipStatus.Rejected;
        DecidedAt = now;
        DecidedBy = by;
    }

    public void Remove(Guid by, DateTime now)
    {
        Status = MembershipStatus.Removed;
        DecidedAt = now;
        DecidedBy = by;
    }

    /// <summary>A removed or rejected person asks again.</summary>
    public void RequestAgain(Guid? organizationId, DateTime now)
    {
        Status = MembershipStatus.Pending;
        OrganizationId = organizationId;
        RequestedAt = now;
        DecidedAt = null;
        DecidedBy = null;
    }

    public void SetRoles(NetworkRole roles, Guid? referentOfOrganizationId)
    {
        Roles = roles | NetworkRole.Member;
        ReferentOfOrganizationId = roles.HasFlag(NetworkRole.TrainingReferent) ? referentOfOrganizationId : null;
    }

    public void AddRoles(NetworkRole roles) => Roles |= roles;
}
