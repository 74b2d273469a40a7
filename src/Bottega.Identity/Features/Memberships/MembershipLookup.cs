using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Memberships;

/// <summary>Answers for the network the caller names (authorization runs before a page sees its tenant's data).</summary>
internal sealed class MembershipLookup(IdentityDataContext db, TimeProvider time) : IMembershipLookup, IMembershipGrants
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    public async Task<NetworkRole> GetActiveRolesAsync(Guid userId, Guid networkId, CancellationToken cancellationToken) =>
        await db.Memberships.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(m => m.UserId == userId && m.NetworkId == networkId && m.Status == MembershipStatus.Active)
            .Select(m => (NetworkRole?)m.Roles).FirstOrDefaultAsync(cancellationToken) ?? NetworkRole.None;

    public async Task GrantAsync(Guid networkId, Guid userId, NetworkRole roles, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var membership = await db.Memberships.IgnoreQueryFilters(Tenant)
            .FirstOrDefaultAsync(m => m.UserId == userId && m.NetworkId == networkId, cancellationToken);
        if (membership is null)
        {
            db.Memberships.Add(NetworkMembership.Grant(networkId, userId, roles, null, null, now));
        }
        else
        {
            membership.Approve(null, now);
            membership.AddRoles(roles);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
