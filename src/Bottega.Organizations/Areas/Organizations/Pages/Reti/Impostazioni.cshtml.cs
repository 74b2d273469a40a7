using Bottega.Organizations.Features.Networks;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Reti;

[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class ImpostazioniModel(NetworkAdministration networks, ITenantContext tenant) : PageModel
{
    [BindProperty]
    public NetworkForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Input = (await networks.GetFormAsync(tenant.NetworkId!.Value, cancellationToken))!;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The slug is shown, not edited: the network's address is taken from the route.
        Input.Slug = tenant.Network!.Slug;
        ModelState.Remove("Input.Slug");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await networks.DescribeAsync(tenant.NetworkId!.Value, Input, cancellationToken);
        TempData["Message"] = "Impostazioni salvate.";
        return RedirectToPage();
    }
}
