using System.Linq.Expressions;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Data;
using Bottega.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Features.Organizations;

internal sealed class OrganizationDirectory(OrganizationsDbContext db) : IOrganizationDirectory
{
    internal static readonly Expression<Func<Organization, OrganizationInfo>> AsInfo =
        o => new OrganizationInfo(o.Id, o.Name, o.Kind, o.IstatCode, o.IpaCode, o.ProvinceId, o.RegionId);

    public async Task<IReadOnlyDictionary<Guid, OrganizationInfo>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, OrganizationInfo>();
        }

        return await db.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id))
            .Select(AsInfo)
            .ToDictionaryAsync(o => o.Id, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetUnionMunicipalitiesAsync(IEnumerable<Guid> unionIds, CancellationToken cancellationToken)
    {
        var wanted = unionIds.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<Guid>>();
        }

        var rows = await db.UnionMemberships.AsNoTracking().Where(u => wanted.Contains(u.UnionId))
            .Select(u => new { u.UnionId, u.MunicipalityId }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UnionId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.MunicipalityId).ToList());
    }

    public Task<OrganizationInfo?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == id)
            .Select(AsInfo)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<OrganizationInfo?> FindByIstatCodeAsync(string istatCode, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().Where(o => o.IstatCode == istatCode)
            .Select(AsInfo)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<OrganizationInfo?> FindByIpaCodeAsync(string ipaCode, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().Where(o => o.IpaCode == ipaCode)
            .Select(AsInfo)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganizationInfo>> ListAsync(OrganizationKind kind, Guid? regionId, CancellationToken cancellationToken)
    {
        var query = db.Organizations.AsNoTracking();
        query = kind is OrganizationKind.Province or OrganizationKind.MetropolitanCity
            ? query.Where(o => o.Kind == OrganizationKind.Province || o.Kind == OrganizationKind.MetropolitanCity)
            : query.Where(o => o.Kind == kind);
        if (regionId is { } region)
        {
            query = query.Where(o => o.RegionId == region);
        }

        return await query.OrderBy(o => o.Name).Take(500)
            .Select(AsInfo)
            .ToListAsync(cancellationToken);
    }
}
