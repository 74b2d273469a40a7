using Bottega.Community.Features.Directory;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Persone;

/// <summary>The community's directory: colleagues by name, place, organization, role, declared competence and answered topics.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(PeopleSearch search, IOrganizationDirectory organizations, INetworkDirectory networks, ITenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PeopleFilter Filter { get; set; } = new();

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string Slug => tenant.Network!.Slug;

    public PeopleResult Result { get; private set; } = null!;

    public IReadOnlyList<JobRoleOption> JobRoles => search.JobRoles;

    public IReadOnlyList<OrganizationInfo> Regions { get; private set; } = [];

    public IReadOnlyList<OrganizationInfo> Provinces { get; private set; } = [];

    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Regions = await organizations.ListAsync(OrganizationKind.Region, null, cancellationToken);
        Provinces = await organizations.ListAsync(OrganizationKind.Province, Filter.Region, cancellationToken);
        Organizations = await networks.ListActiveMemberOrganizationsAsync(tenant.NetworkId!.Value, cancellationToken);
        Result = await search.SearchAsync(Filter, PageNumber, cancellationToken);
    }
}
