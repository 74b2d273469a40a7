using Bottega.Credentials.Awards;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Riconoscimenti;

[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class IndexModel(AwardRules rules) : PageModel
{
    public IReadOnlyList<AwardRuleCard> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rules = await rules.ListAsync(includeDrafts: true, cancellationToken);
}
