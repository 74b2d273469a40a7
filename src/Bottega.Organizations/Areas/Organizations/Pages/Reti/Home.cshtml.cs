using Bottega.Organizations.Contracts;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Reti;

/// <summary>A network's public home; the membership panel comes from the identity module by component name.</summary>
public sealed class HomeModel(ITenantContext tenant, INetworkDirectory networks) : PageModel
{
    public NetworkInfo Network { get; private set; } = null!;

    public int MemberOrganizations { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Network = (await networks.FindAsync(tenant.NetworkId!.Value, cancellationToken))!;
        MemberOrganizations = await networks.CountActiveMemberOrganizationsAsync(Network.Id, cancellationToken);
    }
}
