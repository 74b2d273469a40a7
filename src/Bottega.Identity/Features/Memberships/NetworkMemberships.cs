using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Email;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Memberships;

/// <summary>
/// Joining, approving, rejecting and removing people in the request's network. The network always comes from
/// the tenant context, never from a form; the tenant filter hides every other network's memberships.
/// </summary>
public sealed record DecisionScope(bool All, Guid? OnlyOrganization);

public sealed class NetworkMemberships
{
    private readonly IdentityDataContext db;
    private readonly ITenantContext tenant;
    private readonly INetworkDirectory networks;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;
    private readonly IMailer mailer;

    internal NetworkMemberships(IdentityDataContext db, ITenantContext tenant, INetworkDirectory networks, AuditTrail audit, TimeProvider time, IMailer mailer)
    {
        this.mailer = mailer;
        this.db = db;
        this.tenant = tenant;
        this.networks = networks;
        this.audit = audit;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<JoinOutcome> JoinAsync(Guid userId, Guid? organizationId, CancellationToken cancellationToken)
    {
        var network = await networks.FindAsync(NetworkId, cancellationToken) ?? throw new InvalidOperationException("Unknown network.");
        if (organizationId is { } org && !await networks.IsActiveMemberOrganizationAsync(network.Id, org, cancellationToken))
        {
            return JoinOutcome.OrganizationNotMember;
        }

        if (network.JoinPolicy == JoinPolicy.ThroughOrganization && organizationId is null)
        {
            return JoinOutcome.OrganizationRequired;
        }

        var existing = await db.Memberships.FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (existing is { Status: MembershipStatus.Active })
        {
            return JoinOutcome.AlreadyMember;
        }

        if (existing is { Status: MembershipStatus.Pending })
        {
            return JoinOutcome.AlreadyPending;
        }

        var membership = existing ?? NetworkMembership.Request(network.Id, userId, organizationId, Now);
        if (existing is not null)
        {
            existing.RequestAgain(organizationId, Now);
        }
        else
        {
            db.Memberships.Add(membership);
        }

        var open = network.JoinPolicy == JoinPolicy.Open;
        if (open)
        {
            membership.Approve(null, Now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return open ? JoinOutcome.Joined : JoinOutcome.Pending;
    }

    /// <summary>Approve or reject a pending request. A referent decides only for people of their own organization.</summary>
    public async Task<DecisionOutcome> DecideAsync(Guid membershipId, bool approve, Guid deciderId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return DecisionOutcome.NotFound;
        }

        if (!await CanDecideAsync(membership, deciderId, cancellationToken))
        {
            return DecisionOutcome.Forbidden;
        }

        if (membership.Status != MembershipStatus.Pending)
        {
            return DecisionOutcome.InvalidState;
        }

        if (approve)
        {
            membership.Approve(deciderId, Now);
        }
        else
        {
            membership.Reject(deciderId, Now);
        }

        audit.Record(db, NetworkId, approve ? "membership.approved" : "membership.rejected", "person", membership.UserId);
        await db.SaveChangesAsync(cancellationToken);
        await TellAsync(membership.UserId, approve, cancellationToken);
        return DecisionOutcome.Done;
    }

    public async Task<DecisionOutcome> RemoveAsync(Guid membershipId, Guid adminId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, cancellationToken);
        if (membership is null)
        {
            return DecisionOutcome.NotFound;
        }

        if (membership.UserId == adminId)
        {
            return DecisionOutcome.InvalidState;
        }

        membership.Remove(adminId, Now);
        audit.Record(db, NetworkId, "membership.removed", "person", membership.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return DecisionOutcome.Done;
    }

    public async Task<DecisionOutcome> SetRolesAsync(Guid membershipId, NetworkRole roles, Guid? referentOf, Guid adminId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.Status == MembershipStatus.Active, cancellationToken);
        if (membership is null)
        {
            return DecisionOutcome.NotFound;
        }

        if (membership.UserId == adminId && !roles.HasFlag(NetworkRole.NetworkAdmin))
        {
            return DecisionOutcome.InvalidState;
        }

        if (roles.HasFlag(NetworkRole.TrainingReferent)
            && (referentOf is not { } org || !await networks.IsActiveMemberOrganizationAsync(NetworkId, org, cancellationToken)))
        {
            return DecisionOutcome.InvalidState;
        }

        membership.SetRoles(roles, referentOf);
        audit.Record(db, NetworkId, "membership.roles.changed", "person", membership.UserId, roles.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return DecisionOutcome.Done;
    }

    /// <summary>The person who asked hears the outcome by e-mail, so nobody waits on a silent queue.</summary>
    private async Task TellAsync(Guid userId, bool approved, CancellationToken cancellationToken)
    {
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        var network = tenant.Network!;
        if (email is null)
        {
            return;
        }

        var text = approved
            ? $"La tua richiesta di adesione alla rete {network.Name} è stata approvata."
            : $"La tua richiesta di adesione alla rete {network.Name} non è stata accolta.";
        await mailer.SendAsync(new MailMessage(email, $"Bottega: {network.Name}", $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>", text), cancellationToken);
    }

    /// <summary>Which requests a person may decide: all (network admin), one organization's (referent), or none.</summary>
    public async Task<DecisionScope> DecisionScopeAsync(Guid deciderId, CancellationToken cancellationToken)
    {
        var decider = await db.Memberships.AsNoTracking()
            .FirstOrDefaultAsync(m => m.UserId == deciderId && m.Status == MembershipStatus.Active, cancellationToken);
        return decider switch
        {
            { Roles: var r } when r.HasFlag(NetworkRole.NetworkAdmin) => new DecisionScope(true, null),
            { Roles: var r, ReferentOfOrganizationId: { } org } when r.HasFlag(NetworkRole.TrainingReferent) => new DecisionScope(false, org),
            _ => new DecisionScope(false, null),
        };
    }

    /// <summary>How many requests wait for this person's decision in the request's network (shown on every page).</summary>
    public async Task<int> PendingForAsync(Guid deciderId, CancellationToken cancellationToken)
    {
        var scope = await DecisionScopeAsync(deciderId, cancellationToken);
        if (!scope.All && scope.OnlyOrganization is null)
        {
            return 0;
        }

        var pending = db.Memberships.Where(m => m.Status == MembershipStatus.Pending);
        return await (scope.All ? pending : pending.Where(m => m.OrganizationId == scope.OnlyOrganization)).CountAsync(cancellationToken);
    }

    private async Task<bool> CanDecideAsync(NetworkMembership request, Guid deciderId, CancellationToken cancellationToken)
    {
        var scope = await DecisionScopeAsync(deciderId, cancellationToken);
        return scope.All || (scope.OnlyOrganization is { } org && request.OrganizationId == org);
    }
}
