using Bottega.Organizations.Data;
using Bottega.Organizations.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Features.Networks;

public sealed record NetworkListItem(Guid Id, string Slug, string Name, string? Description, NetworkKind Kind, int MemberOrganizations);

/// <summary>Create, describe and list networks.</summary>
public sealed class NetworkAdministration
{
    private readonly OrganizationsDbContext db;
    private readonly AuditTrail audit;
    private readonly IMembershipGrants grants;
    private readonly TimeProvider time;

    internal NetworkAdministration(OrganizationsDbContext db, AuditTrail audit, IMembershipGrants grants, TimeProvider time)
    {
        this.db = db;
        this.audit = audit;
        this.grants = grants;
        this.time = time;
    }

    /// <summary>Creates the network and makes its founder a network admin. Null when the slug is taken.</summary>
    public async Task<Network?> CreateAsync(NetworkForm form, Guid founderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ReservedSlugs.Contains(form.Slug) || await db.Networks.AnyAsync(n => n.Slug == form.Slug, cancellationToken))
        {
            return null;
        }

        var network = Network.Create(form.Slug, form.Name, form.Description, form.Kind, form.JoinPolicy, form.YearlyHoursTarget, time.GetUtcNow().UtcDateTime);
        db.Networks.Add(network);
        audit.Record(db, network.Id, "network.created", "network", network.Id, network.Slug);
        await db.SaveChangesAsync(cancellationToken);
        await grants.GrantAsync(network.Id, founderId, NetworkRole.Member | NetworkRole.NetworkAdmin, cancellationToken);
        return network;
    }

    public async Task<NetworkForm?> GetFormAsync(Guid networkId, CancellationToken cancellationToken) =>
        await db.Networks.AsNoTracking().Where(n => n.Id == networkId)
            .Select(n => new NetworkForm
            {
                Name = n.Name,
                Slug = n.Slug,
                Description = n.Description,
                Kind = n.Kind,
                JoinPolicy = n.JoinPolicy,
                YearlyHoursTarget = n.YearlyHoursTarget,
            })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Changes what a network says of itself and how people join; the slug (its address) never changes.</summary>
    public async Task<bool> DescribeAsync(Guid networkId, NetworkForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var network = await db.Networks.FirstOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        if (network is null)
        {
            return false;
        }

        network.Describe(form.Name, form.Description, form.Kind, form.JoinPolicy, form.YearlyHoursTarget);
        audit.Record(db, network.Id, "network.updated", "network", network.Id, $"{form.JoinPolicy}, {form.YearlyHoursTarget} h");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<NetworkListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var agreements = db.NetworkOrganizations.IgnoreQueryFilters(TenantFilterOnly).Where(a => a.Status == AgreementStatus.Active);
        return await db.Networks.AsNoTracking().OrderBy(n => n.Name)
            .Select(n => new NetworkListItem(n.Id, n.Slug, n.Name, n.Description, n.Kind, agreements.Count(a => a.NetworkId == n.Id)))
            .Take(200)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Literal segments of /reti/... routes, which a network slug would never reach.</summary>
    private static readonly string[] ReservedSlugs = ["nuova", "vai"];

    private static readonly string[] TenantFilterOnly = [Bottega.Platform.Data.BottegaModel.TenantFilter];
}
