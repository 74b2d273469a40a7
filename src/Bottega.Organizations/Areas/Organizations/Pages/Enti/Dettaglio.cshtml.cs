using Bottega.Organizations.Features.Organizations;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Organizations.Areas.Organizations.Pages.Enti;

[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class DettaglioModel(OrganizationSearch search) : PageModel
{
    public OrganizationDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var detail = await search.FindAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}
