using Bottega.Learning.Domain;
using Bottega.Learning.Features.Frameworks;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Gestione.Competenze;

/// <summary>A framework: national ones are shown read-only; the network's own are edited (levels, areas, competences).</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class QuadroModel(NetworkFrameworks frameworks) : PageModel
{
    public CompetencyFramework Framework { get; private set; } = null!;

    public bool Editable => Framework.NetworkId is not null;

    public async Task<IActionResult> OnGetAsync(Guid frameworkId, CancellationToken cancellationToken)
    {
        var framework = await frameworks.GetAsync(frameworkId, cancellationToken);
        if (framework is null)
        {
            return NotFound();
        }

        Framework = framework;
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid frameworkId, string? name, string? description, CancellationToken cancellationToken) =>
        Outcome(await frameworks.RenameAsync(frameworkId, name ?? "", description, cancellationToken), "Quadro salvato.", frameworkId);

    public async Task<IActionResult> OnPostLevelAsync(Guid frameworkId, string? name, CancellationToken cancellationToken) =>
        Outcome(await frameworks.AddLevelAsync(frameworkId, name ?? "", cancellationToken), "Livello aggiunto.", frameworkId);

    public async Task<IActionResult> OnPostAreaAsync(Guid frameworkId, string? code, string? name, CancellationToken cancellationToken) =>
        Outcome(await frameworks.AddAreaAsync(frameworkId, code ?? "", name ?? "", cancellationToken), "Area aggiunta.", frameworkId);

    public async Task<IActionResult> OnPostCompetenceAsync(Guid frameworkId, Guid areaId, string? code, string? name, string? description,
        CancellationToken cancellationToken) =>
        Outcome(await frameworks.AddCompetenceAsync(frameworkId, areaId, code ?? "", name ?? "", description, cancellationToken), "Competenza aggiunta.", frameworkId);

    private IActionResult Outcome(LearningResult result, string done, Guid frameworkId)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? done : result.Error;
        return RedirectToPage(new { frameworkId });
    }
}
