using Bottega.Credentials.Awards;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Credentials.Areas.Credentials.Pages.Riconoscimenti;

/// <summary>The public leaderboard of a rule: organizations by completion rate, their level and the way to the next. No personal data.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class ClassificaModel(AwardLeaderboard leaderboard) : PageModel
{
    public Leaderboard Board { get; private set; } = null!;

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var board = await leaderboard.GetAsync(ruleId, PageNumber, includeDrafts: false, cancellationToken);
        if (board is null)
        {
            return NotFound();
        }

        Board = board;
        return Page();
    }
}
