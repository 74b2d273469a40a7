using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Community.ViewComponents;

/// <summary>The community links of a network's home, for its members.</summary>
public sealed class CommunityPanelViewComponent(ICurrentNetworkRoles roles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var role = await roles.GetAsync(HttpContext.RequestAborted);
        return role == NetworkRole.None ? Content("") : View(role);
    }
}
