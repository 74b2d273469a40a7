using Bottega.Library.Features.Practices;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.BuonePratiche;

/// <summary>Changes a good practice (its author or referent until published, admins always), its attachments, and sends it to review.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
[RequestSizeLimit(PostedFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PostedFiles.MaxRequestBytes)]
public sealed class ModificaModel(GoodPractices practices, PracticeReading reading, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public PracticeForm Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public List<Guid> Remove { get; set; } = [];

    [BindProperty(Name = "invia")]
    public int Submit { get; set; }

    public PracticeFieldsModel Fields { get; private set; } = null!;

    public string PracticeTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var form = await reading.EditFormAsync(practiceId, cancellationToken);
        if (form is not { } found)
        {
            return NotFound();
        }

        Input = found.Form;
        PracticeTitle = found.Detail.Practice.Title;
        Fields = await FieldsAsync(found.Detail, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await practices.EditAsync(practiceId, Input, PostedFiles.From(Files), Remove, user.Id!.Value, Submit == 1, cancellationToken)
            : PracticeResult.Refused("Controlla i valori inseriti: alcuni non sono nel formato atteso.");
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Denied)
        {
            return Forbid();
        }

        if (!result.Succeeded)
        {
            var form = await reading.EditFormAsync(practiceId, cancellationToken);
            if (form is not { } found)
            {
                return NotFound();
            }

            ModelState.AddModelError(string.Empty, text[result.Error!]);
            PracticeTitle = found.Detail.Practice.Title;
            Fields = await FieldsAsync(found.Detail, cancellationToken);
            return Page();
        }

        TempData["Message"] = text[Submit == 1 ? "Buona pratica inviata alla revisione." : "Modifiche salvate."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/buone-pratiche/{practiceId}");
    }

    private async Task<PracticeFieldsModel> FieldsAsync(PracticeDetail detail, CancellationToken ct)
    {
        var admin = (await reading.ActorAsync(ct)).IsAdmin;
        return new PracticeFieldsModel(Input, await reading.CompetencesAsync(ct), admin ? await practices.MemberOrganizationsAsync(ct) : [], detail.Attachments);
    }
}
