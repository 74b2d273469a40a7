using Bottega.Learning.Features.Assessments;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Autovalutazione;

/// <summary>One self-assessment of the current person: the round of questions, the pause between areas, the results.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class TestModel(SelfAssessment assessments, ICurrentUser user) : PageModel
{
    public AssessmentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var view = await assessments.GetAsync(assessmentId, user.Id!.Value, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>The answers of a round: fields named <c>q-{questionId}</c>, and the round the form was shown for.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(Guid assessmentId, [FromForm] int round, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var (key, values) in Request.Form)
        {
            if (key.StartsWith("q-", StringComparison.Ordinal) && Guid.TryParse(key.AsSpan(2), out var questionId))
            {
                answers[questionId] = values.Where(v => v is not null).Select(v => v!).ToList();
            }
        }

        var result = await assessments.AnswerAsync(assessmentId, user.Id!.Value, round, answers, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            TempData["Message"] = result.Error;
        }

        return RedirectToPage(new { assessmentId });
    }

    public async Task<IActionResult> OnPostContinueAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var result = await assessments.ContinueAsync(assessmentId, user.Id!.Value, cancellationToken);
        return result.NotFound ? NotFound() : RedirectToPage(new { assessmentId });
    }
}
