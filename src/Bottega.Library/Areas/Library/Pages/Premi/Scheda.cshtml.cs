using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Premi;

/// <summary>A juror's scoring form of one entry (read blind), with the declaration of a conflict of interest.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class SchedaModel(JuryScoring jury, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    public JurorEntryView View { get; private set; } = null!;

    /// <summary>Criterion id → value.</summary>
    [BindProperty]
    public Dictionary<Guid, int?> Scores { get; set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? ConflictReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid callId, Guid entryId, CancellationToken cancellationToken) =>
        await LoadAsync(callId, entryId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid callId, Guid entryId, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await jury.ScoreAsync(callId, entryId, Scores, Comment, user.Id!.Value, cancellationToken)
            : PrizeResult.Refused("Dai un punteggio a ogni criterio, da 0 al suo massimo.");
        return await AfterAsync(result, callId, entryId, "Scheda di valutazione inviata.", cancellationToken);
    }

    public async Task<IActionResult> OnPostConflittoAsync(Guid callId, Guid entryId, CancellationToken cancellationToken)
    {
        var result = await jury.DeclareConflictAsync(callId, entryId, ConflictReason, user.Id!.Value, cancellationToken);
        return await AfterAsync(result, callId, entryId, "Conflitto di interessi dichiarato: la candidatura non è più tra quelle che valuti.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(PrizeResult result, Guid callId, Guid entryId, string done, CancellationToken ct)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            return await LoadAsync(callId, entryId, ct) ? Page() : NotFound();
        }

        TempData["Message"] = text[done].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/premi/{callId}/giuria");
    }

    private async Task<bool> LoadAsync(Guid callId, Guid entryId, CancellationToken ct)
    {
        var view = await jury.EntryAsync(callId, entryId, user.Id!.Value, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
