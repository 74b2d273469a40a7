using Bottega.Identity.Features.Invitations;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages;

/// <summary>Accepting an e-mailed invitation; the account must hold the invited address.</summary>
[Authorize]
public sealed class InvitoModel(NetworkInvitations invitations, INetworkDirectory networks, ICurrentUser user) : PageModel
{
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var email = User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? User.Identity?.Name ?? "";
        var (outcome, networkId) = await invitations.AcceptAsync(token, user.Id!.Value, email, cancellationToken);
        if (outcome == AcceptOutcome.Accepted)
        {
            var network = await networks.FindAsync(networkId!.Value, cancellationToken);
            TempData["Message"] = "Invito accettato: benvenuto nella rete.";
            return LocalRedirect($"/reti/{network!.Slug}");
        }

        Error = outcome switch
        {
            AcceptOutcome.Expired => "L'invito è scaduto: chiedine uno nuovo.",
            AcceptOutcome.WrongAccount => "L'invito è per un altro indirizzo e-mail: accedi con quell'account.",
            _ => "L'invito non è valido o è già stato usato.",
        };
        return Page();
    }
}
