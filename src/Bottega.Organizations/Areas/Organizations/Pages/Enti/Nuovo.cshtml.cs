using Bottega.Organizations.Features.Organizations;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Enti;

[Authorize(Policy = NetworkPolicies.PlatformAdmin)]
public sealed class NuovoModel(OrganizationRegistry registry) : PageModel
{
    [BindProperty]
    public OrganizationForm Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await registry.CreateAsync(Input, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            return Page();
        }

        TempData["Message"] = "Ente aggiunto.";
        return LocalRedirect($"/enti/{result.Organization!.Id}");
    }
}
