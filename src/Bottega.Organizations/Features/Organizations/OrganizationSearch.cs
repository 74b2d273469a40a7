using Bottega.Organizations.Contracts;
using Bottega.Organizations.Data;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Features.Organizations;

public sealed record OrganizationRow(Guid Id, string Name, OrganizationKind Kind, string? IstatCode, string? IpaCode, string? ProvinceName, string? RegionName);

public sealed record OrganizationPage(IReadOnlyList<OrganizationRow> Rows, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record OrganizationDetail(OrganizationRow Organization, IReadOnlyList<OrganizationRow> Members, IReadOnlyList<OrganizationRow> Unions);

/// <summary>The public list of bodies: search by name or code, filter by kind and region.</summary>
public sealed class OrganizationSearch
{
    public const int PageSize = 30;

    private readonly OrganizationsDbContext db;

    internal OrganizationSearch(OrganizationsDbContext db) => this.db = db;

    public async Task<OrganizationPage> SearchAsync(string? text, OrganizationKind? kind, Guid? regionId, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var query = db.Organizations.AsNoTracking();
        if (kind is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }

        if (regionId is { } r)
        {
            query = query.Where(o => o.RegionId == r || o.Id == r);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = SearchText.Normalize(text);
            query = query.Where(o => o.SearchName.Contains(term) || o.IstatCode == term || o.IpaCode == term);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await Project(query.OrderBy(o => o.Name).ThenBy(o => o.IstatCode).Skip((page - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        return new OrganizationPage(rows, page, PageSize, total);
    }

    public async Task<OrganizationDetail?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var organization = await Project(db.Organizations.AsNoTracking().Where(o => o.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var memberIds = db.UnionMemberships.Where(u => u.UnionId == id).Select(u => u.MunicipalityId);
        var children = db.Organizations.AsNoTracking().Where(o => o.ParentId == id || memberIds.Contains(o.Id));
        var members = await Project(children.OrderBy(o => o.Name).Take(500)).ToListAsync(cancellationToken);
        var unionIds = db.UnionMemberships.Where(u => u.MunicipalityId == id).Select(u => u.UnionId);
        var unions = await Project(db.Organizations.AsNoTracking().Where(o => unionIds.Contains(o.Id)).OrderBy(o => o.Name))
            .ToListAsync(cancellationToken);
        return new OrganizationDetail(organization, members, unions);
    }

    private IQueryable<OrganizationRow> Project(IQueryable<Domain.Organization> query) =>
        from o in query
        join p in db.Organizations on o.ProvinceId equals p.Id into provinces
        from p in provinces.DefaultIfEmpty()
        join r in db.Organizations on o.RegionId equals r.Id into regions
        from r in regions.DefaultIfEmpty()
        select new OrganizationRow(o.Id, o.Name, o.Kind, o.IstatCode, o.IpaCode, p == null ? null : p.Name, r == null ? null : r.Name);
}
