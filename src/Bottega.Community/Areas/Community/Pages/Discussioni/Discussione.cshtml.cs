using Bottega.Community.Areas.Community.Pages.Posting;
using Bottega.Community.Features.Attachments;
using Bottega.Community.Features.Posts;
using Bottega.Community.Features.Topics;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Discussioni;

/// <summary>A topic: its first post, replies 50 a page, votes, acceptance and the reply form.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
[RequestSizeLimit(UploadLimits.Request)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.Request)]
public sealed class DiscussioneModel(TopicReading reading, Replies replies, Voting voting, AnswerAcceptance acceptance, PostEditing editing,
    PostAttachments attachments, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "cita")]
    public Guid? QuoteId { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public Guid? ReplyToId { get; set; }

    [BindProperty]
    public List<Guid> AttachmentIds { get; set; } = [];

    [BindProperty]
    public Guid? ClientKey { get; set; }

    public TopicView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid topicId, CancellationToken cancellationToken)
    {
        if (await reading.MergedIntoAsync(topicId, cancellationToken) is { } target)
        {
            return Redirect($"/reti/{RouteData.Values["network"]}/comunita/discussioni/{target}");
        }

        if (QuoteId is { } quoted && await reading.QuoteAsync(topicId, quoted, cancellationToken) is { } quote)
        {
            Body = quote;
            ReplyToId = quoted;
        }

        ClientKey = Guid.NewGuid();
        return await ShowAsync(topicId, cancellationToken);
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid topicId, List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!await UploadLimits.UploadAsync(attachments, files, AttachmentIds, ModelState, localizer, cancellationToken))
        {
            return await ShowAsync(topicId, cancellationToken);
        }

        var result = await replies.ReplyAsync(topicId, new NewReply(Body, ReplyToId, AttachmentIds, ClientKey), cancellationToken);
        switch (result.Status)
        {
            case PostingStatus.NotFound:
                return NotFound();
            case PostingStatus.Refused:
                ModelState.AddModelError(string.Empty, localizer[result.Error!, [.. result.Arguments]]);
                return await ShowAsync(topicId, cancellationToken);
            case PostingStatus.PendingReview:
                TempData["Message"] = localizer["Il messaggio sarà visibile dopo l'approvazione di un moderatore."].Value;
                break;
        }

        return Redirect($"{TopicUrl(topicId)}?pagina=9999#post-{result.PostId}");
    }

    public async Task<IActionResult> OnPostVoteAsync(Guid topicId, Guid postId, int value, CancellationToken cancellationToken)
    {
        var outcome = await voting.VoteAsync(postId, value, cancellationToken);
        if (outcome.Status == VoteStatus.NotFound)
        {
            return NotFound();
        }

        var message = outcome.Error is null ? null : localizer[outcome.Error].Value;
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            return Partial("_VoteButtons", new VoteButtons(postId, topicId, outcome.Score, outcome.MyVote, true, message));
        }

        if (message is not null)
        {
            TempData["Message"] = message;
        }

        return Redirect($"{TopicUrl(topicId)}#post-{postId}");
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid topicId, Guid postId, CancellationToken cancellationToken) =>
        Outcome(await acceptance.AcceptAsync(postId, cancellationToken), topicId, postId);

    public async Task<IActionResult> OnPostDeleteAsync(Guid topicId, Guid postId, CancellationToken cancellationToken)
    {
        var (result, spaceOfDeletedTopic) = await editing.DeleteAsync(postId, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = localizer["Messaggio eliminato."].Value;
        }

        return spaceOfDeletedTopic is null ? Outcome(result, topicId, postId) : Redirect($"/reti/{RouteData.Values["network"]}/comunita/{spaceOfDeletedTopic}");
    }

    private IActionResult Outcome(PostingResult result, Guid topicId, Guid postId)
    {
        if (result.Status == PostingStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Status == PostingStatus.Refused)
        {
            TempData["Message"] = localizer[result.Error!, [.. result.Arguments]].Value;
        }

        return Redirect($"{TopicUrl(topicId)}#post-{postId}");
    }

    private async Task<IActionResult> ShowAsync(Guid topicId, CancellationToken cancellationToken)
    {
        var view = await reading.GetAsync(topicId, PageNumber, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    private string TopicUrl(Guid topicId) => $"/reti/{RouteData.Values["network"]}/comunita/discussioni/{topicId}";
}
