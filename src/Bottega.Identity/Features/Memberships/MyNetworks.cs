using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Memberships;

public sealed record MyNetwork(Guid Id, string Slug, string Name, NetworkRole Roles, MembershipStatus Status);

/// <summary>The networks of the signed-in person across tenants: the switcher and the profile read it.</summary>
public sealed class MyNetworks
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];
    private readonly IdentityDataContext db;
    private readonly INetworkDirectory networks;

    internal MyNetworks(IdentityDataContext db, INetworkDirectory networks)
    {
        this.db = db;
        this.networks = networks;
    }

    public async Task<IReadOnlyList<MyNetwork>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(m => m.UserId == userId && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.Pending))
            .Select(m => new { m.NetworkId, m.Roles, m.Status })
            .ToListAsync(cancellationToken);
        var infos = await networks.GetManyAsync(memberships.Select(m => m.NetworkId), cancellationToken);
        return infos.Join(memberships, n => n.Id, m => m.NetworkId, (n, m) => new MyNetwork(n.Id, n.Slug, n.Name, m.Roles, m.Status)).ToList();
    }

    public Task<MembershipStatus?> StatusInAsync(Guid userId, Guid networkId, CancellationToken cancellationToken) =>
        db.Memberships.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(m => m.UserId == userId && m.NetworkId == networkId)
            .Select(m => (MembershipStatus?)m.Status).FirstOrDefaultAsync(cancellationToken);
}
