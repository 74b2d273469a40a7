using Bottega.Learning.Features.Paths;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Gestione.Percorsi;

/// <summary>Edits a path: description, courses from the network's catalogue, order, required flag, prerequisite, status.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class PercorsoModel(LearningPaths paths) : PageModel
{
    public PathView View { get; private set; } = null!;

    public IReadOnlyList<PathCourseOption> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid pathId, CancellationToken cancellationToken)
    {
        var view = await paths.GetAsync(pathId, null, includeDrafts: true, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Courses = await paths.CourseOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDescribeAsync(Guid pathId, string? title, string? summary, string? description, CancellationToken cancellationToken) =>
        Outcome(await paths.DescribeAsync(pathId, title ?? "", summary, description, cancellationToken), "Percorso salvato.", pathId);

    public async Task<IActionResult> OnPostAddAsync(Guid pathId, Guid courseId, bool required, CancellationToken cancellationToken) =>
        Outcome(await paths.AddStepAsync(pathId, courseId, required, cancellationToken), "Corso aggiunto al percorso.", pathId);

    public async Task<IActionResult> OnPostStepAsync(Guid pathId, Guid stepId, bool required, Guid? prerequisite, CancellationToken cancellationToken) =>
        Outcome(await paths.ChangeStepAsync(pathId, stepId, required, prerequisite, cancellationToken), "Passo salvato.", pathId);

    public async Task<IActionResult> OnPostMoveAsync(Guid pathId, Guid stepId, bool up, CancellationToken cancellationToken) =>
        Outcome(await paths.MoveStepAsync(pathId, stepId, up, cancellationToken), null, pathId);

    public async Task<IActionResult> OnPostRemoveAsync(Guid pathId, Guid stepId, CancellationToken cancellationToken) =>
        Outcome(await paths.RemoveStepAsync(pathId, stepId, cancellationToken), "Corso tolto dal percorso.", pathId);

    public async Task<IActionResult> OnPostPublishAsync(Guid pathId, CancellationToken cancellationToken) =>
        Outcome(await paths.PublishAsync(pathId, cancellationToken), "Percorso pubblicato.", pathId);

    public async Task<IActionResult> OnPostArchiveAsync(Guid pathId, CancellationToken cancellationToken) =>
        Outcome(await paths.ArchiveAsync(pathId, cancellationToken), "Percorso archiviato.", pathId);

    private IActionResult Outcome(LearningResult result, string? done, Guid pathId)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? done : result.Error;
        return RedirectToPage(new { pathId });
    }
}
