using Bottega.Organizations.Features.Networks;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Reti;

[Authorize(Policy = NetworkPolicies.PlatformAdmin)]
public sealed class NuovaModel(NetworkAdministration networks, ICurrentUser user) : PageModel
{
    [BindProperty]
    public NetworkForm Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var network = await networks.CreateAsync(Input, user.Id!.Value, cancellationToken);
        if (network is null)
        {
            ModelState.AddModelError("Input.Slug", "Questo indirizzo breve è già usato da un'altra rete.");
            return Page();
        }

        TempData["Message"] = "Rete creata.";
        return LocalRedirect($"/reti/{network.Slug}");
    }
}
