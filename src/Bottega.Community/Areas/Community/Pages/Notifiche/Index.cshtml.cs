using Bottega.Community.Features.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Notifiche;

/// <summary>The person's notifications of every network, newest first, 30 a page.</summary>
[Authorize]
public sealed class IndexModel(Notifications notifications) : PageModel
{
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public NotificationList List { get; private set; } = new([], 1, 1, 0);

    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        List = await notifications.PageAsync(PageNumber, cancellationToken);
        Unread = await notifications.UnreadCountAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await notifications.MarkAllReadAsync(cancellationToken);
        return LocalRedirect("/notifiche");
    }
}
