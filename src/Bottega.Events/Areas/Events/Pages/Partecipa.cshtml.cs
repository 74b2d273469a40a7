using Bottega.Events.Features.Providers;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages;

/// <summary>The personal join link: signed in as the registration's person, it goes to the session open now.</summary>
[Authorize]
public sealed class PartecipaModel(PersonalJoin join, ICurrentUser user) : PageModel
{
    public JoinOutcome Outcome { get; private set; } = new(JoinOutcomeKind.NotFound);

    public async Task<IActionResult> OnGetAsync(string joinToken, CancellationToken cancellationToken)
    {
        Outcome = await join.JoinAsync(joinToken, user.Id!.Value, cancellationToken);
        return Outcome.Kind switch
        {
            JoinOutcomeKind.NotFound => NotFound(),
            JoinOutcomeKind.Redirect => Redirect(Outcome.RedirectUrl!),
            _ => Page(),
        };
    }
}
