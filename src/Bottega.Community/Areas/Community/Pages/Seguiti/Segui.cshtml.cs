using Bottega.Community.Domain;
using Bottega.Community.Features.Following;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Seguiti;

/// <summary>Toggles following: htmx gets the button back, a plain form goes back where it came from.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class SeguiModel(Following following) : PageModel
{
    public IActionResult OnGet(string network) => LocalRedirect($"/reti/{network}/comunita/seguiti");

    public async Task<IActionResult> OnPostAsync(string network, [FromForm] SubscriptionTarget target, [FromForm] Guid targetId, [FromForm] string? returnUrl,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(target))
        {
            return NotFound();
        }

        var result = await following.ToggleAsync(target, targetId, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        var back = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : $"/reti/{network}/comunita/seguiti";
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            return new ViewComponentResult
            {
                ViewComponentName = "FollowButton",
                Arguments = new { target, targetId, following = result, returnUrl = back },
            };
        }

        return LocalRedirect(back);
    }
}
