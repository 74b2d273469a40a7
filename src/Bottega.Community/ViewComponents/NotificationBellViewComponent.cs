using Bottega.Community.Features.Notifications;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Community.ViewComponents;

/// <param name="Count">Unread notifications.</param>
/// <param name="Poll">True when answering the bell's own poll: then the live region is updated out of band.</param>
public sealed record NotificationBellModel(int Count, bool Poll);

/// <summary>The header's bell: unread notifications across networks, linking to <c>/notifiche</c>, polled every 30 seconds.</summary>
public sealed class NotificationBellViewComponent(Notifications notifications, ICurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool poll = false, int? count = null)
    {
        if (!user.IsAuthenticated)
        {
            return Content("");
        }

        return View(new NotificationBellModel(count ?? await notifications.UnreadCountAsync(HttpContext.RequestAborted), poll));
    }
}
