using Bottega.Community.Features.Posts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Messaggi;

/// <summary>Edits a post (its author, or a moderator); a first post also edits the topic's title.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class ModificaModel(PostEditing editing, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public PostDraft Draft { get; private set; } = null!;

    public Guid SpaceId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid postId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(postId, cancellationToken))
        {
            return NotFound();
        }

        Title = Draft.Title;
        Body = Draft.Markdown;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid postId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(postId, cancellationToken))
        {
            return NotFound();
        }

        var result = await editing.EditAsync(postId, Title, Body, Reason, cancellationToken);
        if (result.Status == PostingStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Status == PostingStatus.Refused)
        {
            ModelState.AddModelError(string.Empty, localizer[result.Error!, [.. result.Arguments]]);
            return Page();
        }

        TempData["Message"] = localizer["Modifica salvata."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/comunita/discussioni/{result.TopicId}#post-{postId}");
    }

    private async Task<bool> LoadAsync(Guid postId, CancellationToken cancellationToken)
    {
        var draft = await editing.DraftAsync(postId, cancellationToken);
        if (draft is null)
        {
            return false;
        }

        Draft = draft;
        SpaceId = draft.SpaceId;
        return true;
    }
}
