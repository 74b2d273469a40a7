using Bottega.Identity.Features.Memberships;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Identity.ViewComponents;

public sealed record NetworkSwitcherModel(IReadOnlyList<MyNetwork> Networks, string? CurrentSlug);

/// <summary>The header's network switcher for people in several networks: a GET form that works without JavaScript.</summary>
public sealed class NetworkSwitcherViewComponent(ICurrentUser user, ITenantContext tenant, MyNetworks networks) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (user.Id is not { } id)
        {
            return Content("");
        }

        var mine = (await networks.ListAsync(id, HttpContext.RequestAborted)).Where(n => n.Status == Domain.MembershipStatus.Active).ToList();
        return mine.Count == 0 ? Content("") : View(new NetworkSwitcherModel(mine, tenant.Network?.Slug));
    }
}
