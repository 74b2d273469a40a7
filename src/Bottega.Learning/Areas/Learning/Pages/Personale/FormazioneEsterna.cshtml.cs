using Bottega.Learning.Features.Ledger;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Personale;

/// <summary>The referent's queue of external-training declarations of their organization's staff (a network admin: all of the network).</summary>
[Authorize(Policy = NetworkPolicies.Referent)]
public sealed class FormazioneEsternaModel(ExternalTrainingDecisions decisions, ICurrentUser user, ICurrentNetworkRoles roles) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PendingDeclaration> Pending { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + 49) / 50);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var decider = await Decider.CurrentAsync(user, roles, cancellationToken);
        (Pending, Total) = await decisions.PendingAsync(decider, PageNumber, cancellationToken);
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, CancellationToken cancellationToken)
    {
        var evidence = await decisions.EvidenceAsync(await Decider.CurrentAsync(user, roles, cancellationToken), id, cancellationToken);
        if (evidence is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(evidence.Content, evidence.ContentType, evidence.FileName);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, string decision, string? note, CancellationToken cancellationToken)
    {
        var approve = string.Equals(decision, "approve", StringComparison.Ordinal);
        var result = await decisions.DecideAsync(await Decider.CurrentAsync(user, roles, cancellationToken), id, approve, note, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded
            ? approve ? "Formazione esterna approvata: le ore sono nel registro della persona." : "Formazione esterna respinta."
            : result.Error;
        return RedirectToPage();
    }
}
