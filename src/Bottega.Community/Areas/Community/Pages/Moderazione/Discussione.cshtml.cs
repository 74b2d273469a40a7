using System.Text.RegularExpressions;
using Bottega.Community.Features.Moderation;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Moderazione;

/// <summary>A moderator's tools for one topic: lock, pin, move, merge, and hide or show its posts.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed partial class DiscussioneModel(TopicModerationView view, TopicModeration topics, ModerationActions actions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public bool Locked { get; set; }

    [BindProperty]
    public bool Pinned { get; set; }

    [BindProperty]
    public Guid SpaceId { get; set; }

    /// <summary>The target topic of a merge: its address or its id.</summary>
    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public Guid PostId { get; set; }

    /// <summary>Set by the tools on the topic page: go back there after the action.</summary>
    [BindProperty]
    public bool Ritorno { get; set; }

    public TopicModerationPage Topic { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid topicId, CancellationToken cancellationToken) => await LoadAsync(topicId, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostLockAsync(Guid topicId, CancellationToken cancellationToken) =>
        ActAsync(topicId, topics.LockAsync(topicId, Locked, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPinAsync(Guid topicId, CancellationToken cancellationToken) =>
        ActAsync(topicId, topics.PinAsync(topicId, Pinned, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid topicId, CancellationToken cancellationToken) =>
        ActAsync(topicId, topics.MoveAsync(topicId, SpaceId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(Guid topicId, CancellationToken cancellationToken)
    {
        var match = TopicIdPattern().Match(Target ?? "");
        var result = match.Success && Guid.TryParse(match.Value, out var targetId)
            ? topics.MergeAsync(topicId, targetId, cancellationToken)
            : Task.FromResult(ModerationResult.Refused("Indica l'indirizzo della discussione in cui unire questa."));
        return ActAsync(topicId, result, cancellationToken, merged: true);
    }

    public Task<IActionResult> OnPostHideAsync(Guid topicId, CancellationToken cancellationToken) =>
        ActAsync(topicId, actions.HideAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnhideAsync(Guid topicId, CancellationToken cancellationToken) =>
        ActAsync(topicId, actions.UnhideAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid topicId, CancellationToken cancellationToken) =>
        ActAsync(topicId, actions.ApproveAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid topicId, CancellationToken cancellationToken) =>
        ActAsync(topicId, actions.RejectAsync(PostId, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid topicId, Task<ModerationResult> action, CancellationToken cancellationToken, bool merged = false)
    {
        var result = await action;
        if (this.Denial(result) is { } denial)
        {
            return denial;
        }

        if (!result.Succeeded)
        {
            Error = result.Error;
            return await LoadAsync(topicId, cancellationToken) ?? Page();
        }

        this.Notify(result);
        var topicUrl = $"/reti/{RouteData.Values["network"]}/comunita/discussioni/{topicId}";
        return Redirect(Ritorno || merged ? topicUrl : $"{topicUrl}/moderazione?page={PageNumber}");
    }

    private async Task<IActionResult?> LoadAsync(Guid topicId, CancellationToken cancellationToken)
    {
        var (outcome, page) = await view.GetAsync(topicId, PageNumber, cancellationToken);
        switch (outcome)
        {
            case ModerationOutcome.NotFound:
                return NotFound();
            case ModerationOutcome.Forbidden:
                return Forbid();
            default:
                Topic = page!;
                return null;
        }
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TopicIdPattern();
}
