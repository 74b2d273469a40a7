using Bottega.Events.Features;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Events.ViewComponents;

/// <summary>The events links of a network's home, for its members (and the organizers' list for admins and teachers).</summary>
public sealed class EventsPanelViewComponent(ICurrentNetworkRoles roles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var role = await roles.GetAsync(HttpContext.RequestAborted);
        return role == NetworkRole.None ? Content("") : View(EventLabels.IsOrganizer(role));
    }
}
