using System.Net;
using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Data;
using Bottega.Platform.Email;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Invitations;

public sealed record InvitationRow(Guid Id, string Email, NetworkRole Roles, DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt);

public enum AcceptOutcome
{
    Accepted,
    Invalid,
    Expired,
    WrongAccount,
}

/// <summary>Network admins invite by e-mail; the invited person accepts with an account holding that address.</summary>
public sealed class NetworkInvitations
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];
    private readonly IdentityDataContext db;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;
    private readonly IMailer mailer;
    private readonly TimeProvider time;

    internal NetworkInvitations(IdentityDataContext db, ITenantContext tenant, AuditTrail audit, IMailer mailer, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.audit = audit;
        this.mailer = mailer;
        this.time = time;
    }

    public async Task InviteAsync(string email, NetworkRole roles, Guid invitedBy, Func<string, string> acceptUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acceptUrl);
        var network = tenant.Network ?? throw new InvalidOperationException("No network in this request.");
        var (invitation, token) = Invitation.Create(network.Id, email, roles, invitedBy, time.GetUtcNow().UtcDateTime);
        db.Invitations.Add(invitation);
        audit.Record(db, network.Id, "invitation.sent", "invitation", invitation.Id, roles.ToString());
        await db.SaveChangesAsync(cancellationToken);
        var url = acceptUrl(token);
        var name = WebUtility.HtmlEncode(network.Name);
        await mailer.SendAsync(new MailMessage(
            invitation.Email,
            $"Invito a {network.Name} su Bottega",
            $"<p>Sei invitato a far parte della rete <strong>{name}</strong> su Bottega.</p><p><a href=\"{WebUtility.HtmlEncode(url)}\">Accetta l'invito</a> (valido 14 giorni).</p>",
            $"Sei invitato a far parte della rete {network.Name} su Bottega.\nAccetta l'invito (valido 14 giorni): {url}\n"),
            cancellationToken);
    }

    public async Task<IReadOnlyList<InvitationRow>> ListAsync(int take, CancellationToken cancellationToken) =>
        await db.Invitations.AsNoTracking().OrderByDescending(i => i.CreatedAt).Take(take)
            .Select(i => new InvitationRow(i.Id, i.Email, i.Roles, i.CreatedAt, i.ExpiresAt, i.AcceptedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Accepting crosses tenants by nature: the token names the network.</summary>
    public async Task<(AcceptOutcome Outcome, Guid? NetworkId)> AcceptAsync(string token, Guid userId, string userEmail, CancellationToken cancellationToken)
    {
        var hash = Invitation.Hash(token ?? "");
        var invitation = await db.Invitations.IgnoreQueryFilters(Tenant).FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (invitation is null || invitation.AcceptedAt is not null)
        {
            return (AcceptOutcome.Invalid, null);
        }

        if (!invitation.IsOpen(now))
        {
            return (AcceptOutcome.Expired, null);
        }

        if (!string.Equals(invitation.Email, userEmail, StringComparison.OrdinalIgnoreCase))
        {
            return (AcceptOutcome.WrongAccount, null);
        }

        var membership = await db.Memberships.IgnoreQueryFilters(Tenant)
            .FirstOrDefaultAsync(m => m.NetworkId == invitation.NetworkId && m.UserId == userId, cancellationToken);
        if (membership is null)
        {
            db.Memberships.Add(NetworkMembership.Grant(invitation.NetworkId, userId, invitation.Roles, null, invitation.InvitedBy, now));
        }
        else
        {
            membership.Approve(invitation.InvitedBy, now);
            membership.AddRoles(invitation.Roles);
        }

        invitation.Accept(userId, now);
        audit.Record(db, invitation.NetworkId, "invitation.accepted", "invitation", invitation.Id);
        await db.SaveChangesAsync(cancellationToken);
        return (AcceptOutcome.Accepted, invitation.NetworkId);
    }
}
