using Bottega.Identity.Data;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Data;
using Bottega.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.PersonalData;

/// <summary>Everything Bottega holds about a person, as one JSON document (GDPR art. 15 and 20).</summary>
public sealed class PersonalDataExport
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];
    private readonly IdentityDataContext db;
    private readonly INetworkDirectory networks;
    private readonly IOrganizationDirectory organizations;
    private readonly TimeProvider time;
    private readonly IEnumerable<IPersonalDataContributor> contributors;

    internal PersonalDataExport(IdentityDataContext db, INetworkDirectory networks, IOrganizationDirectory organizations, TimeProvider time,
        IEnumerable<IPersonalDataContributor> contributors)
    {
        this.contributors = contributors;
        this.db = db;
        this.networks = networks;
        this.organizations = organizations;
        this.time = time;
    }

    public async Task<object?> BuildAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var competences = await db.Competences.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.Name).ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == userId)
            .Select(l => new { provider = l.LoginProvider, name = l.ProviderDisplayName }).ToListAsync(cancellationToken);
        var memberships = await db.Memberships.IgnoreQueryFilters(Tenant).AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        var networkNames = (await networks.GetManyAsync(memberships.Select(m => m.NetworkId), cancellationToken)).ToDictionary(n => n.Id, n => n.Name);
        var orgs = await organizations.GetManyAsync(new[] { user.OrganizationId, user.ProvinceId, user.RegionId }.OfType<Guid>(), cancellationToken);
        var actions = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.ActorUserId == userId).OrderBy(a => a.At)
            .Select(a => new { a.At, a.Action, a.TargetType, a.TargetId }).ToListAsync(cancellationToken);
        var modules = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var contributor in contributors)
        {
            modules[contributor.Section] = await contributor.ExportAsync(userId, cancellationToken);
        }

        return new
        {
            exportedAt = time.GetUtcNow().UtcDateTime,
            account = new
            {
                user.Id,
                user.Email,
                user.EmailConfirmed,
                user.CreatedAt,
                twoFactorEnabled = user.TwoFactorEnabled,
                user.PreferredCulture,
                externalLogins = logins,
            },
            profile = new
            {
                user.GivenName,
                user.FamilyName,
                jobRole = user.JobRole.ToString(),
                organization = user.OrganizationId is { } o && orgs.TryGetValue(o, out var org) ? org.Name : null,
                province = user.ProvinceId is { } p && orgs.TryGetValue(p, out var prov) ? prov.Name : null,
                region = user.RegionId is { } r && orgs.TryGetValue(r, out var reg) ? reg.Name : null,
                declaredCompetences = competences,
            },
            memberships = memberships.Select(m => new
            {
                network = networkNames.GetValueOrDefault(m.NetworkId),
                roles = m.Roles.ToString(),
                status = m.Status.ToString(),
                m.RequestedAt,
                m.DecidedAt,
            }),
            administrativeActions = actions,
            modules,
        };
    }
}
