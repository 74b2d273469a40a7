using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CertificatesFeature = Bottega.Learning.Features.Certificates.Certificates;

namespace Bottega.Learning.Areas.Learning.Pages.Attestati;

/// <summary>A certificate's PDF, for its owner only: anyone else gets the same 404 as for an unknown code.</summary>
[Authorize]
public sealed class PdfModel(CertificatesFeature certificates, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var verificationUrl = $"https://{Request.Host}/attestati/{Uri.EscapeDataString(code)}";
        var pdf = await certificates.PdfAsync(code, user.Id!.Value, verificationUrl, cancellationToken);
        if (pdf is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(pdf, "application/pdf", $"attestato-{code}.pdf");
    }
}
