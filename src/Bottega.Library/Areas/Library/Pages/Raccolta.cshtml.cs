using Bottega.Library.Features.Documents;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Library.Areas.Library.Pages;

/// <summary>A collection's documents the viewer may see, newest first, 20 a page. A working group's collection is a 404 for outsiders.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class RaccoltaModel(LibraryBrowsing browsing) : PageModel
{
    public CollectionPage Collection { get; private set; } = null!;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await browsing.CollectionAsync(slug, PageNumber, cancellationToken) is not { } collection)
        {
            return NotFound();
        }

        Collection = collection;
        return Page();
    }
}
