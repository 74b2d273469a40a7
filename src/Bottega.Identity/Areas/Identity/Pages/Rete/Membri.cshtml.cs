using Bottega.Identity.Domain;
using Bottega.Identity.Features.Memberships;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Rete;

/// <summary>The member directory of a network, for its members: filter by region, province, organization, job role.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class MembriModel(MemberDirectory directory, IOrganizationDirectory organizations, INetworkDirectory networks, ITenantContext tenant)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MemberFilter Filter { get; set; } = new();

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string Slug => tenant.Network!.Slug;

    public MemberPage Members { get; private set; } = null!;

    public IReadOnlyList<OrganizationInfo> Regions { get; private set; } = [];

    public IReadOnlyList<OrganizationInfo> Provinces { get; private set; } = [];

    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter.Status = MembershipStatus.Active;
        Filter.Page = PageNumber;
        Regions = await organizations.ListAsync(OrganizationKind.Region, null, cancellationToken);
        Provinces = await organizations.ListAsync(OrganizationKind.Province, Filter.Region, cancellationToken);
        Organizations = await networks.ListActiveMemberOrganizationsAsync(tenant.NetworkId!.Value, cancellationToken);
        Members = await directory.ListAsync(Filter, null, cancellationToken);
    }
}
