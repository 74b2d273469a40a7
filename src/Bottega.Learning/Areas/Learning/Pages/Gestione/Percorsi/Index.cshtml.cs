using Bottega.Learning.Features.Paths;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Gestione.Percorsi;

[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class IndexModel(LearningPaths paths) : PageModel
{
    public IReadOnlyList<PathCard> Paths { get; private set; } = [];

    [BindProperty]
    public string NewTitle { get; set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Paths = await paths.ListAsync(includeDrafts: true, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (result, id) = await paths.CreateAsync(NewTitle, null, null, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(NewTitle), result.Error!);
            Paths = await paths.ListAsync(includeDrafts: true, cancellationToken);
            return Page();
        }

        TempData["Message"] = "Percorso creato in bozza.";
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/percorsi/{id}");
    }
}
