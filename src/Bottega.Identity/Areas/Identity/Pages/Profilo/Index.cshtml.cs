using Bottega.Identity.Features.Memberships;
using Bottega.Identity.Features.Profiles;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Profilo;

[Authorize]
public sealed class IndexModel(PersonProfiles profiles, MyNetworks myNetworks, IOrganizationDirectory organizations, ICurrentUser user) : PageModel
{
    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    public IReadOnlyList<OrganizationInfo> Provinces { get; private set; } = [];

    public IReadOnlyList<MyNetwork> Networks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var form = await profiles.GetFormAsync(user.Id!.Value, cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        Input = form;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await profiles.UpdateAsync(user.Id!.Value, Input, cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = "Profilo salvato.";
                return RedirectToPage();
            }

            ModelState.AddModelError(result.Field is null ? string.Empty : $"Input.{result.Field}", result.Error!);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Provinces = await organizations.ListAsync(OrganizationKind.Province, null, cancellationToken);
        Networks = await myNetworks.ListAsync(user.Id!.Value, cancellationToken);
    }
}
