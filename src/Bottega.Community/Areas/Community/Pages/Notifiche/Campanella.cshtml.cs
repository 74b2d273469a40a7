using Bottega.Community.Features.Notifications;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Notifiche;

/// <summary>
/// The bell's poll. Answers 204 while the count the page shows (<c>n</c>) is still right, so nothing is swapped or
/// announced again; otherwise the bell with the live region's new text. Signed out: an empty bell, not a sign-in page.
/// </summary>
public sealed class CampanellaModel(Notifications notifications, ICurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] int? n, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated)
        {
            return Content("", "text/html");
        }

        var count = await notifications.UnreadCountAsync(cancellationToken);
        if (count == n)
        {
            return new NoContentResult();
        }

        return new ViewComponentResult { ViewComponentName = "NotificationBell", Arguments = new { poll = true, count } };
    }
}
