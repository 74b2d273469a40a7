using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Premi;

/// <summary>A juror's list of the call's entries, by code, with what is still to do; nobody else finds it.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class GiuriaModel(JuryScoring jury, ICurrentUser user) : PageModel
{
    public JurorList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid callId, CancellationToken cancellationToken)
    {
        var list = await jury.ListAsync(callId, user.Id!.Value, cancellationToken);
        if (list is null)
        {
            return NotFound();
        }

        List = list;
        return Page();
    }
}
