using Bottega.Learning.Domain;
using Bottega.Learning.Features.Assessments;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Autovalutazione;

/// <summary>The person's self-assessments: start or resume one, see the past ones.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(SelfAssessment assessments, ICurrentUser user) : PageModel
{
    public SelfAssessmentHome Home { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Home = await assessments.HomeAsync(user.Id!.Value, cancellationToken);

    public async Task<IActionResult> OnPostStartAsync([FromForm] Guid frameworkId, [FromForm] AssessmentKind kind, CancellationToken cancellationToken)
    {
        var outcome = await assessments.StartAsync(user.Id!.Value, frameworkId, kind, cancellationToken);
        if (!outcome.Result.Succeeded)
        {
            TempData["Message"] = outcome.Result.Error;
            return RedirectToPage();
        }

        return LocalRedirect($"/reti/{RouteData.Values["network"]}/autovalutazione/{outcome.AssessmentId}");
    }
}
