using Bottega.Credentials.Features.Administration;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Badge;

/// <summary>Issue an achievement by hand to one member, or to the members listed in a CSV file, with a result per line.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class AssegnaModel(AchievementAdministration administration, ManualIssuing issuing) : PageModel
{
    // The CSV file (1 MB) and the form's fields; a larger file is refused by the reader with a message when it fits here.
    private const long MaxRequestBytes = 2L * 1024 * 1024;

    public AchievementDetails Achievement { get; private set; } = null!;

    [BindProperty]
    public string? Email { get; set; }

    public ManualIssueReport? Report { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            return await RefuseAsync(id, "Scrivi l'indirizzo e-mail della persona.", cancellationToken);
        }

        return await IssueAsync(id, [new RecipientLine(1, Email.Trim())], cancellationToken);
    }

    public async Task<IActionResult> OnPostCsvAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return await RefuseAsync(id, "Scegli un file CSV.", cancellationToken);
        }

        await using var content = file.OpenReadStream();
        var (lines, error) = ManualIssuing.ReadCsv(content, file.Length);
        return lines is null ? await RefuseAsync(id, error!, cancellationToken) : await IssueAsync(id, lines, cancellationToken);
    }

    private async Task<IActionResult> IssueAsync(Guid id, IReadOnlyList<RecipientLine> lines, CancellationToken cancellationToken)
    {
        var (result, report) = await issuing.IssueAsync(id, lines, cancellationToken);
        if (result.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = result.Error;
        Report = report;
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string error, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = error;
        return Page();
    }

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
