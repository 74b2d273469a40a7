using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Memberships;

/// <summary>
/// The directory other modules search (<see cref="IPeopleDirectory"/>): active members of an explicit network, read
/// across the tenant filter on purpose; organization and province names in one batch per page.
/// </summary>
internal sealed class PeopleDirectory(IdentityDataContext db, IOrganizationDirectory organizations) : IPeopleDirectory
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    private static readonly JobRoleOption[] Roles =
        [.. Enum.GetValues<JobRole>().Select(r => new JobRoleOption(r.ToString(), Labels.Of(r)))];

    public IReadOnlyList<JobRoleOption> JobRoles => Roles;

    public async Task<PeoplePage> SearchAsync(Guid networkId, PeopleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 100);
        if (query.AmongUserIds is { Count: 0 })
        {
            return new PeoplePage([], page, size, 0);
        }

        var people = Filter(Members(networkId), query);
        var total = await people.CountAsync(cancellationToken);
        var rows = await people.OrderBy(x => x.User.FamilyName).ThenBy(x => x.User.GivenName).ThenBy(x => x.User.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(x => new
            {
                x.User.Id,
                x.User.GivenName,
                x.User.FamilyName,
                x.User.JobRole,
                OrganizationId = x.Membership.OrganizationId ?? x.User.OrganizationId,
                x.User.ProvinceId,
            })
            .ToListAsync(cancellationToken);
        var names = await organizations.GetManyAsync(rows.SelectMany(r => new[] { r.OrganizationId, r.ProvinceId }).OfType<Guid>(), cancellationToken);
        string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var o) ? o.Name : null;
        return new PeoplePage(
            [.. rows.Select(r => new DirectoryPerson(r.Id, $"{r.GivenName} {r.FamilyName}".Trim(), r.JobRole.ToString(), Labels.Of(r.JobRole),
                Name(r.OrganizationId), Name(r.ProvinceId)))],
            page, size, total);
    }

    public async Task<DirectoryProfile?> FindMemberAsync(Guid networkId, Guid userId, CancellationToken cancellationToken)
    {
        var row = await Members(networkId).Where(x => x.User.Id == userId)
            .Select(x => new { x.User, OrganizationId = x.Membership.OrganizationId ?? x.User.OrganizationId })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var competences = await db.Competences.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Name).Select(c => c.Name)
            .ToListAsync(cancellationToken);
        var names = await organizations.GetManyAsync(new[] { row.OrganizationId, row.User.ProvinceId, row.User.RegionId }.OfType<Guid>(), cancellationToken);
        string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var o) ? o.Name : null;
        return new DirectoryProfile(row.User.Id, row.User.FullName, row.User.JobRole.ToString(), Labels.Of(row.User.JobRole), Name(row.OrganizationId),
            Name(row.User.ProvinceId), Name(row.User.RegionId), competences);
    }

    private IQueryable<Member> Members(Guid networkId) =>
        db.Memberships.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active)
            .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new Member { Membership = m, User = u });

    private IQueryable<Member> Filter(IQueryable<Member> people, PeopleQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var term = SearchText.Normalize(query.Name);
            people = people.Where(x => x.User.SearchName.Contains(term));
        }

        if (query.RegionId is { } region)
        {
            people = people.Where(x => x.User.RegionId == region);
        }

        if (query.ProvinceId is { } province)
        {
            people = people.Where(x => x.User.ProvinceId == province);
        }

        if (query.OrganizationId is { } organization)
        {
            people = people.Where(x => x.User.OrganizationId == organization || x.Membership.OrganizationId == organization);
        }

        if (Enum.TryParse<JobRole>(query.JobRole, ignoreCase: false, out var jobRole) && Enum.IsDefined(jobRole))
        {
            people = people.Where(x => x.User.JobRole == jobRole);
        }

        if (!string.IsNullOrWhiteSpace(query.Competence))
        {
            var term = query.Competence.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(); the CLR culture plays no part.
            people = people.Where(x => db.Competences.Any(c => c.UserId == x.User.Id && c.Name.ToLower().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (query.AmongUserIds is { } among)
        {
            var ids = among.Distinct().ToList();
            people = people.Where(x => ids.Contains(x.User.Id));
        }

        return people;
    }

    private sealed class Member
    {
        public required NetworkMembership Membership { get; init; }

        public required BottegaUser User { get; init; }
    }
}
