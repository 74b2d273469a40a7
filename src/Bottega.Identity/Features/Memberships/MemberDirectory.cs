using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Memberships;

public sealed record MemberRow(
    Guid MembershipId, Guid UserId, string Name, JobRole JobRole, NetworkRole Roles, MembershipStatus Status,
    string? OrganizationName, string? ProvinceName, DateTime RequestedAt, Guid? RequestedOrganizationId, Guid? ReferentOfOrganizationId);

public sealed record MemberPage(IReadOnlyList<MemberRow> Rows, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The people of the request's network, filtered and paged; organization names come in one batch per page.</summary>
public sealed class MemberDirectory
{
    public const int PageSize = 25;

    private readonly IdentityDataContext db;
    private readonly IOrganizationDirectory organizations;

    internal MemberDirectory(IdentityDataContext db, IOrganizationDirectory organizations)
    {
        this.db = db;
        this.organizations = organizations;
    }

    public async Task<MemberPage> ListAsync(MemberFilter filter, Guid? onlyOrganization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = Math.Max(1, filter.Page);
        var query = db.Memberships.AsNoTracking().Where(m => m.Status == filter.Status)
            .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new { m, u });
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var term = SearchText.Normalize(filter.Q);
            query = query.Where(x => x.u.SearchName.Contains(term));
        }

        if (filter.Region is { } region)
        {
            query = query.Where(x => x.u.RegionId == region);
        }

        if (filter.Province is { } province)
        {
            query = query.Where(x => x.u.ProvinceId == province);
        }

        if (filter.Organization is { } organization)
        {
            query = query.Where(x => x.u.OrganizationId == organization || x.m.OrganizationId == organization);
        }

        if (onlyOrganization is { } own)
        {
            query = query.Where(x => x.m.OrganizationId == own);
        }

        if (filter.JobRole is { } jobRole)
        {
            query = query.Where(x => x.u.JobRole == jobRole);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.u.FamilyName).ThenBy(x => x.u.GivenName).ThenBy(x => x.m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new
            {
                x.m.Id,
                x.m.UserId,
                x.u.GivenName,
                x.u.FamilyName,
                x.u.JobRole,
                x.m.Roles,
                x.m.Status,
                OrganizationId = x.m.OrganizationId ?? x.u.OrganizationId,
                x.u.ProvinceId,
                x.m.RequestedAt,
                Requested = x.m.OrganizationId,
                x.m.ReferentOfOrganizationId,
            })
            .ToListAsync(cancellationToken);
        var names = await organizations.GetManyAsync(
            rows.SelectMany(r => new[] { r.OrganizationId, r.ProvinceId }).OfType<Guid>(), cancellationToken);
        string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var o) ? o.Name : null;
        return new MemberPage(
            rows.Select(r => new MemberRow(r.Id, r.UserId, $"{r.GivenName} {r.FamilyName}", r.JobRole, r.Roles, r.Status,
                Name(r.OrganizationId), Name(r.ProvinceId), r.RequestedAt, r.Requested, r.ReferentOfOrganizationId)).ToList(),
            page, PageSize, total);
    }
}
