using Bottega.Library.Features.Documents;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Bottega.Library.Areas.Library.Pages.Documenti;

/// <summary>
/// A version's file, always as an attachment; <c>?anteprima=1</c> shows a PDF inline in a sandbox (no scripts, no
/// sniffing) for the document page's preview. Who may not see the document gets a 404. Open to visitors for public documents.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class FileModel(DocumentDownloads downloads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid documentId, int number, int? anteprima, CancellationToken cancellationToken)
    {
        var wantsPreview = anteprima == 1;
        var file = await downloads.OpenAsync(documentId, number, wantsPreview, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        if (wantsPreview && file.IsPdf)
        {
            Response.Headers[HeaderNames.ContentSecurityPolicy] = "sandbox";
            var disposition = new ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(file.FileName);
            Response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
            return File(file.Content, file.ContentType);
        }

        return File(file.Content, file.ContentType, file.FileName);
    }
}
