using Bottega.Events.Features.Feedback;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages.Partecipazione;

/// <summary>An event's feedback for organizers: count, average, distribution and comments, without names.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class RisultatiFeedbackModel(EventFeedback feedback) : PageModel
{
    public FeedbackResults Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await feedback.ResultsAsync(eventId, cancellationToken) is not { } results)
        {
            return NotFound();
        }

        Results = results;
        return Page();
    }
}
