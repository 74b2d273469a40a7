using Bottega.Community.Features.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Notifiche;

/// <summary>Opens a notification: marks it read and goes to what it is about (only the owner; only links of this site).</summary>
[Authorize]
public sealed class ApriModel(Notifications notifications) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await notifications.OpenAsync(id, cancellationToken) is { } url ? LocalRedirect(url) : NotFound();
}
