using Bottega.Library.Features.Practices;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.BuonePratiche;

/// <summary>Downloads an attachment of a case the viewer may see, always as an attachment (never shown inline).</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class AllegatoModel(PracticeReading practices) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid practiceId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var file = await practices.OpenAttachmentAsync(practiceId, attachmentId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
