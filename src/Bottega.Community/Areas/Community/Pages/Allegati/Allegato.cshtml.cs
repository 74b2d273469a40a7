using Bottega.Community.Features.Attachments;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Allegati;

/// <summary>Serves an attachment to whoever may read its post: images inline, documents as downloads, never sniffed.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class AllegatoModel(PostAttachments attachments) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        var file = await attachments.OpenAsync(attachmentId, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, max-age=3600";
        return file.IsImage ? File(file.Content, file.ContentType) : File(file.Content, file.ContentType, file.FileName);
    }
}
