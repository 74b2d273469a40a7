using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Memberships;

/// <summary>Memberships read across the tenant filter on purpose: the network is always an explicit argument.</summary>
internal sealed class NetworkPeople(IdentityDataContext db) : INetworkPeople
{
    public async Task<NetworkPerson?> FindAsync(Guid networkId, Guid userId, CancellationToken cancellationToken) =>
        (await Query(networkId).Where(x => x.u.Id == userId).Select(Project).ToListAsync(cancellationToken)).FirstOrDefault();

    public async Task<NetworkPerson?> FindByEmailAsync(Guid networkId, string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var normalized = email.Trim().ToUpperInvariant();
        return (await Query(networkId).Where(x => x.u.NormalizedEmail == normalized).Select(Project).ToListAsync(cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<NetworkPerson>> ListStaffAsync(Guid networkId, IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        var ids = organizationIds.ToList();
        return await Query(networkId).Where(x => x.m.OrganizationId != null && ids.Contains(x.m.OrganizationId.Value))
            .OrderBy(x => x.u.FamilyName).ThenBy(x => x.u.GivenName).Select(Project).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<NetworkPerson>> SearchByNameAsync(Guid networkId, string text, int limit, CancellationToken cancellationToken)
    {
        var term = SearchText.Normalize(text);
        if (term.Length == 0)
        {
            return [];
        }

        return await Query(networkId).Where(x => x.u.SearchName.Contains(term))
            .OrderBy(x => x.u.FamilyName).ThenBy(x => x.u.GivenName).Take(Math.Clamp(limit, 1, 50)).Select(Project).ToListAsync(cancellationToken);
    }

    public Task<Guid?> ReferentOfAsync(Guid networkId, Guid userId, CancellationToken cancellationToken) =>
        db.Memberships.IgnoreQueryFilters(["tenant"]).AsNoTracking()
            .Where(m => m.NetworkId == networkId && m.UserId == userId && m.Status == MembershipStatus.Active && m.ReferentOfOrganizationId != null)
            .Select(m => m.ReferentOfOrganizationId).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ActiveMember>> ActiveMembersAsync(Guid networkId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var members = new List<ActiveMember>(userIds.Count);
        // Batches of 1,000 keep under SQLite's parameter limit and PostgreSQL's comfortable IN list.
        foreach (var batch in userIds.Distinct().Chunk(1000))
        {
            members.AddRange(await Query(networkId).Where(x => batch.Contains(x.u.Id))
                .Select(x => new ActiveMember(x.u.Id, x.u.Email ?? "", x.m.Roles)).ToListAsync(cancellationToken));
        }

        return members;
    }

    private IQueryable<Row> Query(Guid networkId) =>
        db.Memberships.IgnoreQueryFilters(["tenant"]).AsNoTracking()
            .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active)
            .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new Row { m = m, u = u });

    private static readonly System.Linq.Expressions.Expression<Func<Row, NetworkPerson>> Project = x =>
        new NetworkPerson(x.u.Id, (x.u.GivenName + " " + x.u.FamilyName).Trim(), x.u.Email ?? "", x.m.OrganizationId ?? x.u.OrganizationId, x.u.JobRole.ToString());

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006", Justification = "Short names read like the query's range variables.")]
    private sealed class Row
    {
        public required NetworkMembership m { get; init; }

        public required BottegaUser u { get; init; }
    }
}
