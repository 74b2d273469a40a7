using Bottega.Identity.Features.Memberships;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Identity.ViewComponents;

public sealed record NetworkSwitcherModel(IReadOnlyList<MyNetwork> Networks, string? CurrentSlug, int PendingRequests);

/// <summary>The header's network switcher for people in several networks: a GET form that works without JavaScript.</summary>
/// <remarks>Also shows admins and referents how many join requests wait for them, so the queue is seen on every page.</remarks>
public sealed class NetworkSwitcherViewComponent(ICurrentUser user, ITenantContext tenant, MyNetworks networks, NetworkMemberships memberships) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (user.Id is not { } id)
        {
            return Content("");
        }

        var mine = (await networks.ListAsync(id, HttpContext.RequestAborted)).Where(n => n.Status == Domain.MembershipStatus.Active).ToList();
        if (mine.Count == 0)
        {
            return Content("");
        }

        var pending = tenant.NetworkId is not null ? await memberships.PendingForAsync(id, HttpContext.RequestAborted) : 0;
        return View(new NetworkSwitcherModel(mine, tenant.Network?.Slug, pending));
    }
}
