using Bottega.Library.Features.Practices;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Gestione;

/// <summary>The network admins' queue of submitted good practices, oldest first, with the publish and return forms.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class BuonePraticheModel(PracticeReading reading, GoodPractices practices, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public Guid PracticeId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public (IReadOnlyList<PracticeRow> Rows, int Page, int PageCount, int Total) Queue { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = await reading.ReviewQueueAsync(PageNumber, cancellationToken);

    public Task<IActionResult> OnPostPubblicaAsync(CancellationToken cancellationToken) => ReviewAsync(true, cancellationToken);

    public Task<IActionResult> OnPostRestituisciAsync(CancellationToken cancellationToken) => ReviewAsync(false, cancellationToken);

    private async Task<IActionResult> ReviewAsync(bool publish, CancellationToken ct)
    {
        var result = await practices.ReviewAsync(PracticeId, publish, Note, user.Id!.Value, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            Queue = await reading.ReviewQueueAsync(PageNumber, ct);
            return Page();
        }

        TempData["Message"] = text[publish ? "Buona pratica pubblicata." : "Buona pratica restituita all'autore."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/buone-pratiche");
    }
}
