using Bottega.Credentials.Features.Administration;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Badge;

/// <summary>One achievement: its text, image, alignments and archive state; awards are shown read-only.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class BadgeModel(AchievementAdministration administration, BadgeImageUploads images) : PageModel
{
    // The image (2 MB) and the form's fields; a larger image is refused by the validator with a message when it fits here.
    private const long MaxRequestBytes = 3L * 1024 * 1024;

    public AchievementDetails Achievement { get; private set; } = null!;

    [BindProperty]
    public AchievementInput Input { get; set; } = new();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        FillInput();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await administration.UpdateAsync(id, Input, cancellationToken), "Badge aggiornato.", cancellationToken);

    public async Task<IActionResult> OnPostImageAsync(Guid id, IFormFile? image, CancellationToken cancellationToken)
    {
        if (image is null)
        {
            return await OutcomeAsync(id, AdminResult.Refused("Scegli un'immagine PNG o SVG."), "", cancellationToken);
        }

        await using var content = image.OpenReadStream();
        var result = await images.SetAchievementImageAsync(id, new ImageUpload(image.FileName, content, image.Length), cancellationToken);
        return await OutcomeAsync(id, result, "Immagine del badge aggiornata.", cancellationToken);
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await administration.SetArchivedAsync(id, archived: true, cancellationToken), "Badge archiviato: non viene più assegnato.",
            cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await administration.SetArchivedAsync(id, archived: false, cancellationToken), "Badge ripristinato.", cancellationToken);

    private async Task<IActionResult> OutcomeAsync(Guid id, AdminResult result, string notice, CancellationToken cancellationToken)
    {
        if (result.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Error = result.Error;
            if (Request.Query["handler"].Count > 0)
            {
                FillInput();
            }

            return Page();
        }

        TempData["CredentialsNotice"] = notice;
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/badge/{id}");
    }

    private void FillInput() => Input = new AchievementInput
    {
        Name = Achievement.Name,
        Description = Achievement.Description,
        Criteria = Achievement.Criteria,
        Colour = Achievement.Colour,
        ValidityMonths = Achievement.ValidityMonths,
        IssueOnCompletion = Achievement.IssueOnCompletion,
    };

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var achievement = await administration.GetAsync(id, cancellationToken);
        if (achievement is null)
        {
            return false;
        }

        Achievement = achievement;
        return true;
    }
}
