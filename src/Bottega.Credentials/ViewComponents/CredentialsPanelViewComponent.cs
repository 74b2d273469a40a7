using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Credentials.ViewComponents;

/// <summary>The badge links of a network's home, by the person's roles in it (for now the administrators' tools).</summary>
public sealed class CredentialsPanelViewComponent(ICurrentNetworkRoles roles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var role = await roles.GetAsync(HttpContext.RequestAborted);
        return role.HasFlag(NetworkRole.NetworkAdmin) ? View(role) : Content("");
    }
}
