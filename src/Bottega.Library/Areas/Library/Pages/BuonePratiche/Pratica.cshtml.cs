using Bottega.Library.Features.Practices;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.BuonePratiche;

/// <summary>A good practice's page; its author sends it to review from here, and admins review it.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class PraticaModel(PracticeReading practices, GoodPractices writing, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    public PracticeDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var detail = await practices.GetAsync(practiceId, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnPostInviaAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var result = await writing.SubmitAsync(practiceId, user.Id!.Value, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Denied)
        {
            return Forbid();
        }

        TempData["Message"] = result.Succeeded ? text["Buona pratica inviata alla revisione."].Value : text[result.Error!].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/buone-pratiche/{practiceId}");
    }
}
