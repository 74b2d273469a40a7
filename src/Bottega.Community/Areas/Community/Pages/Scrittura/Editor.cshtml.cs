using Bottega.Community.Features.Attachments;
using Bottega.Community.Features.Mentions;
using Bottega.Community.Features.Posts;
using Bottega.Community.Features.Topics;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Scrittura;

/// <summary>
/// The editor's htmx requests, shared by the new-topic, reply and edit forms: preview, mention picker, upload and
/// similar questions. Each answers a fragment of HTML.
/// </summary>
[Authorize(Policy = NetworkPolicies.Member)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class EditorModel(PostAttachments attachments, MentionSuggestions mentions, SimilarTopics similar) : PageModel
{
    // The options allow up to 100 MB per file; the service refuses above the configured limit with a message.
    private const long RequestLimit = 101L * 1024 * 1024;

    public string Fragment { get; private set; } = "";

    public IReadOnlyList<MentionSuggestion> People { get; private set; } = [];

    public IReadOnlyList<SimilarTopic> Similar { get; private set; } = [];

    public IReadOnlyList<UploadResult> Uploads { get; private set; } = [];

    public string? TargetId { get; private set; }

    public ContentResult OnPostAnteprima(string? body) =>
        Content(PostPreview.Html(body) is { Length: > 0 } html ? html : "", "text/html");

    public async Task<IActionResult> OnGetPersoneAsync(Guid spaceId, string? q, string? target, CancellationToken cancellationToken)
    {
        Fragment = "people";
        TargetId = target;
        People = await mentions.FindAsync(spaceId, q, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetSimiliAsync(string? title, CancellationToken cancellationToken)
    {
        Fragment = "similar";
        Similar = await similar.FindAsync(title, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAllegatoAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        Fragment = "uploads";
        var results = new List<UploadResult>();
        foreach (var file in files.Take(PostLimits.MaxAttachments))
        {
            await using var content = file.OpenReadStream();
            results.Add(await attachments.UploadAsync(file.FileName, content, file.Length, cancellationToken));
        }

        Uploads = results;
        return Page();
    }
}
