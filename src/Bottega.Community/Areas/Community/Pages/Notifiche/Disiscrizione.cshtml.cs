using Bottega.Community.Features.Notifications;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Community.Areas.Community.Pages.Notifiche;

/// <summary>
/// One-click unsubscribe (RFC 8058): no sign-in; the protected, time-limited token is the proof, so the POST carries
/// no antiforgery token (mail providers post <c>List-Unsubscribe=One-Click</c> without a page).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class DisiscrizioneModel(Unsubscribing unsubscribing) : PageModel
{
    public bool Valid { get; private set; }

    public bool Done { get; private set; }

    public void OnGet(string token) => Valid = unsubscribing.IsValid(token);

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Valid = Done = await unsubscribing.UnsubscribeAsync(token, cancellationToken);
        if (!Valid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
