using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Premi;

/// <summary>The ranking: public to members once published; admins follow it live during scoring.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class ClassificaModel(PrizeRanking ranking, ICurrentNetworkRoles roles) : PageModel
{
    public RankingView Ranking { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid callId, CancellationToken cancellationToken)
    {
        var view = await ranking.GetAsync(callId, (await roles.GetAsync(cancellationToken)).HasFlag(NetworkRole.NetworkAdmin), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        Ranking = view;
        return Page();
    }
}
