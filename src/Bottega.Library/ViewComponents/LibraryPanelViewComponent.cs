using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Library.ViewComponents;

/// <summary>The library links of a network's home, for its members (and the management links for network admins).</summary>
public sealed class LibraryPanelViewComponent(ICurrentNetworkRoles roles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var role = await roles.GetAsync(HttpContext.RequestAborted);
        return role == NetworkRole.None ? Content("") : View(role.HasFlag(NetworkRole.NetworkAdmin));
    }
}
