using Bottega.Identity.Features.Memberships;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Rete;

/// <summary>Join request from the membership panel of a network's home page.</summary>
[Authorize]
public sealed class AderisciModel(NetworkMemberships memberships, ICurrentUser user, ITenantContext tenant) : PageModel
{
    public IActionResult OnGet() => LocalRedirect($"/reti/{tenant.Network!.Slug}");

    public async Task<IActionResult> OnPostAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var outcome = await memberships.JoinAsync(user.Id!.Value, organizationId, cancellationToken);
        TempData["Message"] = outcome switch
        {
            JoinOutcome.Joined => "Benvenuto: ora fai parte della rete.",
            JoinOutcome.Pending => "Richiesta inviata: riceverai l'esito appena sarà approvata.",
            JoinOutcome.AlreadyMember => "Fai già parte di questa rete.",
            JoinOutcome.AlreadyPending => "La tua richiesta è già in attesa di approvazione.",
            JoinOutcome.OrganizationRequired => "Scegli l'ente per cui lavori.",
            _ => "L'ente scelto non aderisce a questa rete.",
        };
        return LocalRedirect($"/reti/{tenant.Network!.Slug}");
    }
}
