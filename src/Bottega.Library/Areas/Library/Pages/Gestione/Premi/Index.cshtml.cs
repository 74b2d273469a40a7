using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Gestione.Premi;

/// <summary>The network's prize calls, drafts included, for its admins.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class IndexModel(PrizeCallAdministration administration) : PageModel
{
    public IReadOnlyList<PrizeCallSummary> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Calls = await administration.ListAsync(cancellationToken);
}
