using Bottega.Learning.Features.Certificates;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CertificatesFeature = Bottega.Learning.Features.Certificates.Certificates;

namespace Bottega.Learning.Areas.Learning.Pages.Attestati;

/// <summary>Public verification of a certificate by its code (the QR code on the PDF points here); an unknown code is a 404 that says so.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class VerificaModel(CertificatesFeature certificates) : PageModel
{
    public CertificateView? Certificate { get; private set; }

    public string Code { get; private set; } = "";

    public async Task OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        Certificate = await certificates.FindAsync(code, cancellationToken);
        if (Certificate is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
