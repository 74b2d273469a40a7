using System.ComponentModel.DataAnnotations;
using Bottega.Events.Features.Feedback;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages.Partecipazione;

/// <summary>A participant's rating and comment on an event, from the start of its first session; they can change it.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class FeedbackModel(EventFeedback feedback, ICurrentUser user) : PageModel
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public string EventTitle { get; private set; } = "";

    public FeedbackAccess Access { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid eventId, bool salvato, CancellationToken cancellationToken)
    {
        if (await LoadAsync(eventId, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (await feedback.OwnAsync(eventId, user.Id!.Value, cancellationToken) is { } own)
        {
            Input = new FeedbackInput { Rating = own.Rating, Comment = own.Comment };
        }

        Saved = salvato;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(eventId, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (Access != FeedbackAccess.Allowed || !ModelState.IsValid)
        {
            return Page();
        }

        Access = await feedback.SubmitAsync(eventId, user.Id!.Value, Input.Rating!.Value, Input.Comment, cancellationToken);
        return Access == FeedbackAccess.Allowed ? RedirectToPage(new { eventId, salvato = true }) : Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid eventId, CancellationToken cancellationToken)
    {
        Access = await feedback.AccessAsync(eventId, user.Id!.Value, cancellationToken);
        if (Access == FeedbackAccess.NotFound || await feedback.EventTitleAsync(eventId, cancellationToken) is not { } title)
        {
            return NotFound();
        }

        EventTitle = title;
        return null;
    }

    public sealed class FeedbackInput
    {
        [Required(ErrorMessage = "Scegli una valutazione da 1 a 5.")]
        [Range(1, 5, ErrorMessage = "Scegli una valutazione da 1 a 5.")]
        public int? Rating { get; set; }

        [StringLength(EventFeedback.MaxComment, ErrorMessage = "Il commento può avere al massimo 2000 caratteri.")]
        public string? Comment { get; set; }
    }
}
