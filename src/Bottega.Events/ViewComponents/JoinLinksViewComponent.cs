using Bottega.Events.Features.Providers;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Events.ViewComponents;

/// <summary>On the event page: the signed-in person's personal join link and recordings, when they hold a seat; nothing otherwise.</summary>
public sealed class JoinLinksViewComponent(JoinLinks links, ICurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid eventId)
    {
        if (user.Id is not { } userId || await links.ForAsync(eventId, userId, HttpContext.RequestAborted) is not { } view)
        {
            return Content("");
        }

        return View(view);
    }
}
