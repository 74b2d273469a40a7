using Bottega.Library.Features.Groups;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Gestione.Gruppi;

/// <summary>Network admins create working groups and see them all, archived ones included.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class IndexModel(WorkingGroups groups, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public GroupInput Input { get; set; } = new();

    public GroupList List { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken cancellationToken) =>
        List = await groups.ListAsync(user.Id, includeArchived: true, Math.Max(1, page), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await groups.CreateAsync(Input, user.Id!.Value, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            List = await groups.ListAsync(user.Id, includeArchived: true, 1, cancellationToken);
            return Page();
        }

        TempData["Message"] = text["Gruppo creato con la sua raccolta e il suo spazio di discussione."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/gruppi/{result.Slug}");
    }
}
