using Bottega.Credentials.Features.Verification;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Bottega.Credentials.Areas.Credentials.Pages.Verifica;

/// <summary>Public verification: anyone pastes a URL, a credential or a JWT, or uploads a baked image or a credential file.</summary>
[EnableRateLimiting(RateLimitPolicies.Public)]
[RequestFormLimits(MultipartBodyLengthLimit = 21 * 1024 * 1024)]
[RequestSizeLimit(21 * 1024 * 1024)]
public sealed class IndexModel(CredentialVerifier verifier, IOptions<CredentialsOptions> options, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public string? Input { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public Verdict? Verdict { get; private set; }

    public int MaxKilobytes => options.Value.MaxVerificationUploadKilobytes;

    public async Task OnGetAsync(string? url, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(url))
        {
            Input = url;
            Verdict = await verifier.VerifyTextAsync(url, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxKilobytes * 1024L)
            {
                ModelState.AddModelError(nameof(Upload), text["Il file supera il limite di {0} MB.", MaxKilobytes / 1024]);
                return Page();
            }

            using var buffer = new MemoryStream((int)Upload.Length);
            await Upload.CopyToAsync(buffer, cancellationToken);
            Verdict = await verifier.VerifyFileAsync(buffer.ToArray(), cancellationToken);
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Input))
        {
            ModelState.AddModelError(nameof(Input), text["Incolla un indirizzo, una credenziale o un JWT, oppure scegli un file."]);
            return Page();
        }

        Verdict = await verifier.VerifyTextAsync(Input, cancellationToken);
        return Page();
    }
}
