using Bottega.Organizations.Domain;
using Bottega.Organizations.Features.Networks;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Reti;

/// <summary>Network admins manage the member organizations and their agreements (fee, term, status).</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class EntiModel(MemberOrganizations members, TimeProvider time) : PageModel
{
    /// <summary>The add form; each handler binds its own form by prefix so one form's rules never block the other.</summary>
    public AgreementForm Input { get; set; } = new();

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "status")]
    public AgreementStatus? Status { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AgreementPage Agreements { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.StartsOn ??= DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync([Bind(Prefix = "Input")] AgreementForm input, CancellationToken cancellationToken)
    {
        Input = input ?? new AgreementForm();
        if (string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError("Input.Code", "Indica il codice ISTAT o IPA dell'ente.");
        }

        if (ModelState.IsValid)
        {
            var outcome = await members.AddAsync(Input, cancellationToken);
            if (outcome == AgreementOutcome.Saved)
            {
                TempData["Message"] = "Ente aggiunto alla rete.";
                return RedirectToPage();
            }

            ModelState.AddModelError("Input.Code", outcome == AgreementOutcome.AlreadyMember
                ? "L'ente fa già parte della rete."
                : "Nessun ente ha questo codice ISTAT o IPA.");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, [Bind(Prefix = "Edit")] AgreementForm edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (!ModelState.IsValid || edit.StartsOn is null)
        {
            TempData["Message"] = "Convenzione non salvata: controlla le date e la quota.";
            return RedirectToPage();
        }

        return await members.UpdateAsync(id, edit, cancellationToken) == AgreementOutcome.NotFound ? NotFound() : Saved("Convenzione aggiornata.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken) =>
        await members.RemoveAsync(id, cancellationToken) == AgreementOutcome.NotFound ? NotFound() : Saved("Ente rimosso dalla rete.");

    private RedirectToPageResult Saved(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Agreements = await members.ListAsync(Q, Status, PageNumber, cancellationToken);
}
