using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Gestione.Premi;

/// <summary>A call's management: text and dates, categories, criteria with weights, jurors, entries, and the status actions.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class BandoModel(PrizeCallAdministration administration, PrizeRanking ranking, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public PrizeCallForm Input { get; set; } = new();

    [BindProperty]
    public PrizeDatesForm Dates { get; set; } = new();

    [BindProperty]
    public PrizeRubricForm Rubric { get; set; } = new();

    public PrizeCallAdminView View { get; private set; } = null!;

    private Guid Actor => user.Id!.Value;

    public async Task<IActionResult> OnGetAsync(Guid callId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(callId, cancellationToken))
        {
            return NotFound();
        }

        Input = PrizeCallAdministration.FormOf(View.Details.Call);
        Dates = PrizeCallAdministration.DatesOf(View.Details.Call);
        return Page();
    }

    public Task<IActionResult> OnPostModificaAsync(Guid callId, CancellationToken ct) =>
        RunAsync(callId, () => administration.UpdateAsync(callId, Input, Actor, ct), "Bando aggiornato.", ct);

    public Task<IActionResult> OnPostDateAsync(Guid callId, CancellationToken ct) =>
        RunAsync(callId, () => administration.RescheduleAsync(callId, Dates, Actor, ct), "Date aggiornate.", ct);

    public Task<IActionResult> OnPostCategoriaAsync(Guid callId, CancellationToken ct) =>
        RunAsync(callId, () => administration.AddCategoryAsync(callId, Rubric, Actor, ct), "Categoria aggiunta.", ct);

    public Task<IActionResult> OnPostCriterioAsync(Guid callId, CancellationToken ct) =>
        RunAsync(callId, () => administration.AddCriterionAsync(callId, Rubric, Actor, ct), "Criterio aggiunto.", ct);

    public Task<IActionResult> OnPostRimuoviAsync(Guid callId, Guid itemId, CancellationToken ct) =>
        RunAsync(callId, () => administration.RemoveRubricItemAsync(callId, itemId, Actor, ct), "Eliminato.", ct);

    public Task<IActionResult> OnPostGiuratoAsync(Guid callId, [FromForm] string? jurorEmail, CancellationToken ct) =>
        RunAsync(callId, () => administration.AddJurorAsync(callId, jurorEmail, Actor, ct), "Giurato aggiunto.", ct);

    public Task<IActionResult> OnPostRimuoviGiuratoAsync(Guid callId, Guid personId, CancellationToken ct) =>
        RunAsync(callId, () => administration.RemoveJurorAsync(callId, personId, Actor, ct), "Giurato tolto dalla giuria.", ct);

    public Task<IActionResult> OnPostApriAsync(Guid callId, CancellationToken ct) =>
        RunAsync(callId, () => administration.OpenAsync(callId, Actor, ct), "Bando aperto: i membri della rete lo vedono.", ct);

    public Task<IActionResult> OnPostChiudiCandidatureAsync(Guid callId, CancellationToken ct) =>
        RunAsync(callId, () => administration.CloseSubmissionsAsync(callId, Actor, ct), "Candidature chiuse: inizia la fase della giuria.", ct);

    public Task<IActionResult> OnPostChiudiValutazioneAsync(Guid callId, CancellationToken ct) =>
        RunAsync(callId, () => administration.CloseScoringAsync(callId, Actor, ct), "Valutazione chiusa: puoi pubblicare la classifica.", ct);

    public Task<IActionResult> OnPostPubblicaAsync(Guid callId, CancellationToken ct) =>
        RunAsync(callId, () => ranking.PublishAsync(callId, Actor, ct), "Classifica pubblicata: i vincitori sono tra le buone pratiche.", ct);

    public Task<IActionResult> OnPostEscludiAsync(Guid callId, Guid entryId, [FromForm] string? reason, CancellationToken ct) =>
        RunAsync(callId, () => administration.ExcludeEntryAsync(callId, entryId, reason, Actor, ct), "Candidatura esclusa.", ct);

    private async Task<IActionResult> RunAsync(Guid callId, Func<Task<PrizeResult>> action, string done, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await action() : PrizeResult.Refused("Controlla i valori inseriti: alcuni non sono nel formato atteso.");
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            return await LoadAsync(callId, ct) ? Page() : NotFound();
        }

        TempData["Message"] = text[done].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/premi/{callId}");
    }

    private async Task<bool> LoadAsync(Guid callId, CancellationToken ct)
    {
        var view = await administration.GetAsync(callId, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
