using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Gestione.Premi;

/// <summary>A new call, saved as a draft; categories, criteria, jury and opening follow on its page.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class NuovoModel(PrizeCallAdministration administration, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public PrizeCallForm Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await administration.CreateAsync(Input, user.Id!.Value, cancellationToken)
            : PrizeResult.Refused("Controlla i valori inseriti: alcuni non sono nel formato atteso.");
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            return Page();
        }

        TempData["Message"] = text["Bando creato come bozza: aggiungi categorie, criteri e giurati, poi aprilo."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/premi/{result.Id}");
    }
}
