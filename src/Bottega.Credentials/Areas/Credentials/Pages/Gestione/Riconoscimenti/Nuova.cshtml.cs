using Bottega.Credentials.Awards;
using Bottega.Learning.Contracts;
using Bottega.Platform.Localization;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Riconoscimenti;

[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class NuovaModel(AwardRules rules, TimeProvider time) : PageModel
{
    [BindProperty]
    public RuleForm Form { get; set; } = new();

    public IReadOnlyList<PathSummary> Paths { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form = RuleForm.New(RomeTime.DateOf(time.GetUtcNow().UtcDateTime));
        Paths = await rules.PathOptionsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var (result, id) = ModelState.IsValid
            ? await rules.CreateAsync(Form.ToDefinition(), cancellationToken)
            : (AwardResult.Refused("Controlla i dati inseriti: date e numeri devono essere validi."), Guid.Empty);
        if (!result.Succeeded)
        {
            ViewData["AwardError"] = result.Error;
            Form.Pad();
            Paths = await rules.PathOptionsAsync(cancellationToken);
            return Page();
        }

        TempData["AwardMessage"] = "Regola salvata in bozza: attivala per valutarla.";
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/riconoscimenti/{id}");
    }
}
