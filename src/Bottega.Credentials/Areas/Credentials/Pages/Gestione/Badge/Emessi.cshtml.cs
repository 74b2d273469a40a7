using Bottega.Credentials.Features.Administration;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Badge;

/// <summary>The credentials issued for an achievement, newest first; each can be revoked, for good, with a reason.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class EmessiModel(AchievementAdministration administration, IssuedCredentials issued, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AchievementDetails Achievement { get; private set; } = null!;

    public IssuedPage Credentials { get; private set; } = null!;

    public DateTime Now { get; private set; }

    [BindProperty]
    public Guid CredentialId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await issued.RevokeAsync(id, CredentialId, Reason, cancellationToken);
        if (result.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Error = result.Error;
            return Page();
        }

        TempData["CredentialsNotice"] = "Badge revocato.";
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/badge/{id}/emessi?page={Credentials.Page}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var achievement = await administration.GetAsync(id, cancellationToken);
        if (achievement is null)
        {
            return false;
        }

        Achievement = achievement;
        Credentials = await issued.ListAsync(id, PageNumber, cancellationToken);
        Now = time.GetUtcNow().UtcDateTime;
        return true;
    }
}
