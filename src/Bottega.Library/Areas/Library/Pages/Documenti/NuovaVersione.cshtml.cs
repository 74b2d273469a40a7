using Bottega.Library.Features.Documents;
using Bottega.Library.Features.Files;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Documenti;

/// <summary>Uploading a new version of a document, with a note of what changed; the earlier versions stay downloadable.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
[RequestSizeLimit(UploadLimits.Request)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.Request)]
public sealed class NuovaVersioneModel(LibraryDocuments documents, DocumentPages pages, ITenantContext tenant, ICurrentUser user) : PageModel
{
    public DocumentView Document { get; private set; } = null!;

    public LibraryMessage? Error { get; private set; }

    public long MaxBytes => documents.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync(Guid documentId, CancellationToken cancellationToken) =>
        await LoadAsync(documentId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid documentId, IFormFile? file, string? note, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(documentId, cancellationToken))
        {
            return NotFound();
        }

        DocumentResult result;
        if (file is null || file.Length == 0)
        {
            result = DocumentResult.Refused(file is null ? "Scegli il file da caricare." : "Il file è vuoto.");
        }
        else
        {
            await using var content = file.OpenReadStream();
            result = await documents.NewVersionAsync(user.Id!.Value, documentId, content, file.FileName, note, cancellationToken);
        }

        if (result.Succeeded)
        {
            return Redirect($"/reti/{tenant.Network!.Slug}/biblioteca/documenti/{documentId}");
        }

        Error = result.Error;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid documentId, CancellationToken ct)
    {
        if (await pages.GetAsync(documentId, ct) is not { Rights.CanEdit: true } view)
        {
            return false;
        }

        Document = view;
        return true;
    }
}
