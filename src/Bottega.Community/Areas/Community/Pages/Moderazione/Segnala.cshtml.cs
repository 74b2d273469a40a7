using Bottega.Community.Domain;
using Bottega.Community.Features.Moderation;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Moderazione;

/// <summary>A member reports a post to the moderators, with a reason and an optional comment.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class SegnalaModel(FlagService flags) : PageModel
{
    public FlagTarget Target { get; private set; } = null!;

    [BindProperty]
    public FlagReason Reason { get; set; } = FlagReason.Spam;

    [BindProperty]
    public string? Comment { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid postId, CancellationToken cancellationToken)
    {
        var target = await flags.GetAsync(postId, cancellationToken);
        if (target is null)
        {
            return NotFound();
        }

        Target = target;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid postId, CancellationToken cancellationToken)
    {
        var outcome = await flags.FlagAsync(postId, Reason, Comment, cancellationToken);
        if (outcome == FlagOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == FlagOutcome.Flagged)
        {
            TempData[ModerationResults.NoticeKey] = "Grazie: la segnalazione è arrivata ai moderatori.";
            return Redirect($"/reti/{RouteData.Values["network"]}/comunita/discussioni/{(await flags.GetAsync(postId, cancellationToken))!.TopicId}");
        }

        Error = outcome switch
        {
            FlagOutcome.AlreadyFlagged => "Hai già segnalato questo messaggio.",
            FlagOutcome.OwnPost => "Non puoi segnalare un tuo messaggio.",
            _ => "Scegli un motivo; per «Altro motivo» spiega in breve il problema (al massimo 1000 caratteri).",
        };
        Target = (await flags.GetAsync(postId, cancellationToken))!;
        return Page();
    }
}
