using Bottega.Organizations.Contracts;
using Bottega.Organizations.Features.Organizations;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Organizations.Areas.Organizations.Pages.Enti;

[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class IndexModel(OrganizationSearch search, IOrganizationDirectory directory) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "tipo")]
    public OrganizationKind? Tipo { get; set; }

    [FromQuery(Name = "regione")]
    public Guid? Regione { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public OrganizationPage Results { get; private set; } = null!;

    public IReadOnlyList<OrganizationInfo> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Regions = await directory.ListAsync(OrganizationKind.Region, null, cancellationToken);
        Results = await search.SearchAsync(Q, Tipo, Regione, PageNumber, cancellationToken);
    }
}
