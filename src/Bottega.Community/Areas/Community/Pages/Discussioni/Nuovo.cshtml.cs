using Bottega.Community.Areas.Community.Pages.Posting;
using Bottega.Community.Domain;
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

/// <summary>A new discussion or question in a space.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
[RequestSizeLimit(UploadLimits.Request)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.Request)]
public sealed class NuovoModel(TopicCreation creation, PostAttachments attachments, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "space")]
    public string SpaceSlug { get; set; } = "";

    [BindProperty]
    public TopicKind Kind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? Tags { get; set; }

    [BindProperty]
    public List<Guid> AttachmentIds { get; set; } = [];

    [BindProperty]
    public Guid? ClientKey { get; set; }

    public Space Space { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var space = await creation.PostableSpaceAsync(SpaceSlug, cancellationToken);
        if (space is null)
        {
            return NotFound();
        }

        Space = space;
        ClientKey = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        var space = await creation.PostableSpaceAsync(SpaceSlug, cancellationToken);
        if (space is null)
        {
            return NotFound();
        }

        Space = space;
        var uploaded = await UploadLimits.UploadAsync(attachments, files, AttachmentIds, ModelState, localizer, cancellationToken);
        if (!uploaded)
        {
            return Page();
        }

        var result = await creation.CreateAsync(SpaceSlug, new NewTopic(Kind, Title, Body, Tags, AttachmentIds, ClientKey), cancellationToken);
        switch (result.Status)
        {
            case PostingStatus.NotFound:
                return NotFound();
            case PostingStatus.Refused:
                ModelState.AddModelError(string.Empty, localizer[result.Error!, [.. result.Arguments]]);
                return Page();
            case PostingStatus.PendingReview:
                TempData["Message"] = localizer["Il messaggio sarà visibile dopo l'approvazione di un moderatore."].Value;
                break;
        }

        return Redirect($"/reti/{RouteData.Values["network"]}/comunita/discussioni/{result.TopicId}");
    }
}
