using Bottega.Learning.Features.Ledger;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Formazione;

/// <summary>The learner's hours by year, and their declarations of external training with evidence.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class OreModel(HoursLedger ledger, ICurrentUser user) : PageModel
{
    // The evidence (10 MB) plus the form's fields; a larger file is refused by the service with a message when it fits here.
    private const long RequestLimit = HoursLedger.MaxEvidenceBytes + (1024 * 1024);

    [BindProperty(SupportsGet = true, Name = "anno")]
    public int? Year { get; set; }

    [BindProperty]
    public DeclarationForm Input { get; set; } = new();

    public LedgerYear View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeclareAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Input.Title))
        {
            ModelState.AddModelError("Input.Title", "Indica il titolo del corso.");
        }

        if (string.IsNullOrWhiteSpace(Input.Provider))
        {
            ModelState.AddModelError("Input.Provider", "Indica l'ente che ha erogato la formazione.");
        }

        if (Input.Date is null)
        {
            ModelState.AddModelError("Input.Date", "Indica la data della formazione.");
        }

        if (Input.Hours is null)
        {
            ModelState.AddModelError("Input.Hours", "Indica le ore, tra 0,5 e 200.");
        }

        if (Input.Evidence is null || Input.Evidence.Length == 0)
        {
            ModelState.AddModelError("Input.Evidence", "Allega l'attestato o un documento che provi la partecipazione (PDF, JPEG o PNG, al massimo 10 MB).");
        }

        if (ModelState.IsValid)
        {
            await using var content = Input.Evidence!.OpenReadStream();
            var result = await ledger.DeclareAsync(user.Id!.Value, new DeclarationInput(Input.Title!, Input.Provider!, Input.Date!.Value, Input.Hours!.Value),
                new EvidenceUpload(Input.Evidence.FileName, content, Input.Evidence.Length), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Message"] = "Formazione esterna dichiarata: il referente della formazione del tuo ente la valuterà.";
                return RedirectToPage();
            }

            ModelState.AddModelError(string.Empty, result.Error!);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : ledger.CurrentYear;
        View = await ledger.GetAsync(user.Id!.Value, year, cancellationToken);
    }

    public sealed class DeclarationForm
    {
        public string? Title { get; set; }

        public string? Provider { get; set; }

        public DateOnly? Date { get; set; }

        public decimal? Hours { get; set; }

        public IFormFile? Evidence { get; set; }
    }
}
