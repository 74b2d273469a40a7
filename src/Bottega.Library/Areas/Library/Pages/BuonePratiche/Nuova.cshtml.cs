using Bottega.Library.Features.Practices;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.BuonePratiche;

/// <summary>A new good practice for the member's organization (admins pick any member organization), saved as a draft or sent to review.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
[RequestSizeLimit(PostedFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PostedFiles.MaxRequestBytes)]
public sealed class NuovaModel(GoodPractices practices, PracticeReading reading, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public PracticeForm Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty(Name = "invia")]
    public int Submit { get; set; }

    public PracticeFieldsModel Fields { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Fields = await FieldsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await practices.CreateAsync(Input, PostedFiles.From(Files), user.Id!.Value, Submit == 1, cancellationToken)
            : PracticeResult.Refused("Controlla i valori inseriti: alcuni non sono nel formato atteso.");
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            Fields = await FieldsAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = text[Submit == 1 ? "Buona pratica inviata alla revisione." : "Bozza salvata."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/buone-pratiche/{result.Id}");
    }

    private async Task<PracticeFieldsModel> FieldsAsync(CancellationToken ct)
    {
        var admin = (await reading.ActorAsync(ct)).IsAdmin;
        return new PracticeFieldsModel(Input, await reading.CompetencesAsync(ct), admin ? await practices.MemberOrganizationsAsync(ct) : [], []);
    }
}
