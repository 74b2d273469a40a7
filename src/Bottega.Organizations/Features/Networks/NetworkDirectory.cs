using Bottega.Organizations.Contracts;
using Bottega.Organizations.Data;
using Bottega.Organizations.Domain;
using Bottega.Organizations.Features.Organizations;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Features.Networks;

/// <summary>Reads across networks on purpose: it answers for a network id the caller names, not the request's tenant.</summary>
internal sealed class NetworkDirectory(OrganizationsDbContext db, TimeProvider time) : INetworkDirectory, INetworkResolver
{
    public Task<NetworkRef?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Networks.AsNoTracking().Where(n => n.Slug == slug)
            .Select(n => new NetworkRef(n.Id, n.Slug, n.Name)).FirstOrDefaultAsync(cancellationToken);

    public Task<NetworkInfo?> FindAsync(Guid networkId, CancellationToken cancellationToken) =>
        db.Networks.AsNoTracking().Where(n => n.Id == networkId)
            .Select(n => new NetworkInfo(n.Id, n.Slug, n.Name, n.Description, n.JoinPolicy, n.YearlyHoursTarget))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<NetworkInfo>> GetManyAsync(IEnumerable<Guid> networkIds, CancellationToken cancellationToken)
    {
        var ids = networkIds.Distinct().ToList();
        return await db.Networks.AsNoTracking().Where(n => ids.Contains(n.Id)).OrderBy(n => n.Name)
            .Select(n => new NetworkInfo(n.Id, n.Slug, n.Name, n.Description, n.JoinPolicy, n.YearlyHoursTarget))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<NetworkInfo>> ListAsync(CancellationToken cancellationToken) =>
        await db.Networks.AsNoTracking().OrderBy(n => n.Name)
            .Select(n => new NetworkInfo(n.Id, n.Slug, n.Name, n.Description, n.JoinPolicy, n.YearlyHoursTarget))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganizationInfo>> ListActiveMemberOrganizationsAsync(Guid networkId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return await ActiveAgreements(networkId, today)
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => o)
            .OrderBy(o => o.Name)
            .Select(OrganizationDirectory.AsInfo)
            .ToListAsync(cancellationToken);
    }

    public Task<int> CountActiveMemberOrganizationsAsync(Guid networkId, CancellationToken cancellationToken) =>
        ActiveAgreements(networkId, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).CountAsync(cancellationToken);

    public Task<bool> IsActiveMemberOrganizationAsync(Guid networkId, Guid organizationId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return ActiveAgreements(networkId, today).AnyAsync(a => a.OrganizationId == organizationId, cancellationToken);
    }

    private IQueryable<NetworkOrganization> ActiveAgreements(Guid networkId, DateOnly today) =>
        db.NetworkOrganizations.IgnoreQueryFilters([Bottega.Platform.Data.BottegaModel.TenantFilter]).AsNoTracking()
            .Where(a => a.NetworkId == networkId && a.Status == AgreementStatus.Active && a.StartsOn <= today && (a.EndsOn == null || a.EndsOn >= today));
}
