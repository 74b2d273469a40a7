using Bottega.Credentials.Awards;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Credentials.Areas.Credentials.Pages.Riconoscimenti;

/// <summary>The network's active and closed award rules, open to everyone.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class IndexModel(AwardRules rules) : PageModel
{
    public IReadOnlyList<AwardRuleCard> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rules = await rules.ListAsync(includeDrafts: false, cancellationToken);
}
