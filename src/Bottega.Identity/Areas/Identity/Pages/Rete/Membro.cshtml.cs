using Bottega.Identity.Features.Memberships;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Rete;

/// <summary>A member's card; network admins also change roles and remove the person here.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class MembroModel(
    MemberCard cards, NetworkMemberships memberships, ICurrentNetworkRoles roles, ICurrentUser user, INetworkDirectory networks, ITenantContext tenant)
    : PageModel
{
    public MemberCardView Card { get; private set; } = null!;

    public bool IsAdmin { get; private set; }

    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];

    public string Slug => tenant.Network!.Slug;

    public async Task<IActionResult> OnGetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var card = await cards.FindAsync(userId, cancellationToken);
        if (card is null)
        {
            return NotFound();
        }

        Card = card;
        IsAdmin = (await roles.GetAsync(cancellationToken)).HasFlag(NetworkRole.NetworkAdmin);
        if (IsAdmin)
        {
            Organizations = await networks.ListActiveMemberOrganizationsAsync(tenant.NetworkId!.Value, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid userId, NetworkRole[] roles, Guid? referentOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var card = await AdminTargetAsync(userId, cancellationToken);
        if (card is null)
        {
            return Forbid();
        }

        var combined = roles.Aggregate(NetworkRole.Member, (all, r) => all | r);
        var outcome = await memberships.SetRolesAsync(card.MembershipId, combined, referentOf, user.Id!.Value, cancellationToken);
        TempData["Message"] = outcome == DecisionOutcome.Done
            ? "Ruoli aggiornati."
            : "Ruoli non salvati: un referente deve avere un ente aderente, e non puoi togliere a te stesso il ruolo di amministratore.";
        return RedirectToPage(new { userId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var card = await AdminTargetAsync(userId, cancellationToken);
        if (card is null)
        {
            return Forbid();
        }

        var outcome = await memberships.RemoveAsync(card.MembershipId, user.Id!.Value, cancellationToken);
        TempData["Message"] = outcome == DecisionOutcome.Done ? "Persona rimossa dalla rete." : "Non puoi rimuovere te stesso.";
        return LocalRedirect($"/reti/{Slug}/membri");
    }

    /// <summary>The card of the person to change, when the current user is a network admin; null otherwise.</summary>
    private async Task<MemberCardView?> AdminTargetAsync(Guid userId, CancellationToken cancellationToken) =>
        (await roles.GetAsync(cancellationToken)).HasFlag(NetworkRole.NetworkAdmin) ? await cards.FindAsync(userId, cancellationToken) : null;
}
