using Bottega.Identity.Domain;
using Bottega.Identity.Features.Memberships;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Identity.ViewComponents;

public sealed record MembershipPanelModel(
    NetworkInfo Network, bool SignedIn, MembershipStatus? Status, NetworkRole Roles, IReadOnlyList<OrganizationInfo> Organizations);

/// <summary>
/// On a network's home page: join, the pending state, or the member's links. Invoked by name from the networks
/// module's page, which does not reference this module.
/// </summary>
public sealed class MembershipPanelViewComponent(
    ICurrentUser user, ITenantContext tenant, INetworkDirectory networks, MyNetworks mine, ICurrentNetworkRoles roles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var network = tenant.NetworkId is { } id ? await networks.FindAsync(id, cancellationToken) : null;
        if (network is null)
        {
            return Content("");
        }

        var status = user.Id is { } userId ? await mine.StatusInAsync(userId, network.Id, cancellationToken) : null;
        var organizations = network.JoinPolicy == JoinPolicy.ThroughOrganization && status is not MembershipStatus.Active
            ? await networks.ListActiveMemberOrganizationsAsync(network.Id, cancellationToken)
            : [];
        return View(new MembershipPanelModel(network, user.IsAuthenticated, status, await roles.GetAsync(cancellationToken), organizations));
    }
}
