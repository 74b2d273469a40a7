using Bottega.Credentials.Features.Administration;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Badge;

/// <summary>The network as issuer: profile and logo, its DID and the public halves of its keys, and the key rotation.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class EmittenteModel(IssuerProfile profile, BadgeImageUploads images) : PageModel
{
    private const long MaxRequestBytes = 3L * 1024 * 1024;

    public IssuerView Issuer { get; private set; } = null!;

    [BindProperty]
    public IssuerInput Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmRotation { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Issuer = await profile.GetAsync(cancellationToken);
        FillInput();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await OutcomeAsync(await profile.UpdateAsync(Input, cancellationToken), "Profilo dell'emittente aggiornato.", keepInput: true, cancellationToken);

    public async Task<IActionResult> OnPostLogoAsync(IFormFile? logo, CancellationToken cancellationToken)
    {
        if (logo is null)
        {
            return await OutcomeAsync(AdminResult.Refused("Scegli un'immagine PNG o SVG."), "", keepInput: false, cancellationToken);
        }

        await using var content = logo.OpenReadStream();
        return await OutcomeAsync(await images.SetIssuerLogoAsync(new ImageUpload(logo.FileName, content, logo.Length), cancellationToken),
            "Logo dell'emittente aggiornato.", keepInput: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostRotateAsync(CancellationToken cancellationToken)
    {
        var result = ConfirmRotation
            ? await profile.RotateKeyAsync(cancellationToken)
            : AdminResult.Refused("Conferma di voler ruotare la chiave.");
        return await OutcomeAsync(result, "Chiave ruotata: i nuovi badge sono firmati con la nuova chiave.", keepInput: false, cancellationToken);
    }

    private async Task<IActionResult> OutcomeAsync(AdminResult result, string notice, bool keepInput, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            Error = result.Error;
            Issuer = await profile.GetAsync(cancellationToken);
            if (!keepInput)
            {
                FillInput();
            }

            return Page();
        }

        TempData["CredentialsNotice"] = notice;
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/badge/emittente");
    }

    private void FillInput() => Input = new IssuerInput { Name = Issuer.Name, Url = Issuer.Url, Email = Issuer.Email, Description = Issuer.Description };
}
