using Bottega.Events.Features.Attendance;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Events.ViewComponents;

/// <summary>On the event page: the signed-in person's own figures per session, hours earned, and links to the certificate and the feedback form.</summary>
public sealed class MyAttendanceViewComponent(MyAttendance attendance, ICurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid eventId)
    {
        if (user.Id is not { } userId || await attendance.ForAsync(eventId, userId, HttpContext.RequestAborted) is not { } mine)
        {
            return Content("");
        }

        ViewData["EventId"] = eventId;
        return View(mine);
    }
}
