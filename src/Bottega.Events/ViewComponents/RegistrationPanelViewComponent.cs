using Bottega.Events.Features.Registrations;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Events.ViewComponents;

public sealed record RegistrationPanelModel(RegistrationPanelView View, string NetworkSlug);

/// <summary>
/// The event page's registration box: the person's status, seats left or their place on the waiting list, the
/// register or cancel button (posting to <c>/reti/{network}/eventi/{eventId}/iscrizione</c>), and for organizers and
/// referents the link to the registrations page.
/// </summary>
public sealed class RegistrationPanelViewComponent(RegistrationLists lists, ICurrentUser user, ITenantContext tenant) : ViewComponent
{
    /// <param name="eventId">The event of the page.</param>
    public async Task<IViewComponentResult> InvokeAsync(Guid eventId)
    {
        if (user.Id is not { } me || tenant.Network is not { } network
            || await lists.PanelAsync(eventId, me, HttpContext.RequestAborted) is not { } view)
        {
            return Content("");
        }

        return View(new RegistrationPanelModel(view, network.Slug));
    }
}
