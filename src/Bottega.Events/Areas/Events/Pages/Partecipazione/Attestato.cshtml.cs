using Bottega.Events.Features.Certificates;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages.Partecipazione;

/// <summary>The signed-in person's certificate of attendance of an event (PDF); 404 when they attended none of its sessions.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class AttestatoModel(AttendanceCertificates certificates, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await certificates.PdfAsync(eventId, user.Id!.Value, cancellationToken) is not { } pdf)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(pdf, "application/pdf", $"attestato-partecipazione-{eventId:N}.pdf");
    }
}
