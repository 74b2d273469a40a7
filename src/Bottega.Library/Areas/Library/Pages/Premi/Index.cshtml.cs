using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Premi;

/// <summary>The network's prize calls.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(PrizeSubmissions submissions, ICurrentNetworkRoles roles) : PageModel
{
    public IReadOnlyList<PrizeCallSummary> Calls { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsAdmin = (await roles.GetAsync(cancellationToken)).HasFlag(NetworkRole.NetworkAdmin);
        Calls = await submissions.CallsAsync(cancellationToken);
    }
}
