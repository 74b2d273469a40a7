using Bottega.Library.Features.Groups;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Library.Areas.Library.Pages.Gruppi;

/// <summary>A group's public page of outputs, open to anyone when the group publishes it (404 otherwise).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class RisultatiModel(GroupOutputs outputs) : PageModel
{
    public GroupOutputsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int page, CancellationToken cancellationToken)
    {
        var view = await outputs.GetAsync(slug, Math.Max(1, page), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
