using Bottega.Library.Features.Documents;
using Bottega.Library.Features.Files;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Documenti;

/// <summary>Publishing a document: its metadata and the first file (the text is extracted in the background).</summary>
[Authorize(Policy = NetworkPolicies.Member)]
[RequestSizeLimit(UploadLimits.Request)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.Request)]
public sealed class NuovoModel(LibraryDocuments documents, DocumentFormOptions options, ITenantContext tenant, ICurrentUser user) : PageModel
{
    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    public DocumentChoices Choices { get; private set; } = null!;

    public LibraryMessage? Error { get; private set; }

    public long MaxBytes => documents.MaxUploadBytes;

    public async Task OnGetAsync(Guid? raccolta, CancellationToken cancellationToken)
    {
        Input.CollectionId = raccolta;
        Choices = await options.ForViewerAsync(tenant.NetworkId!.Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? note, CancellationToken cancellationToken)
    {
        DocumentResult result;
        if (file is null || file.Length == 0)
        {
            result = DocumentResult.Refused(file is null ? "Scegli il file da caricare." : "Il file è vuoto.");
        }
        else
        {
            await using var content = file.OpenReadStream();
            result = await documents.CreateAsync(user.Id!.Value, Input.ToForm(), content, file.FileName, note, cancellationToken);
        }

        if (result.DocumentId is { } id)
        {
            return Redirect($"/reti/{tenant.Network!.Slug}/biblioteca/documenti/{id}");
        }

        Error = result.Error;
        Choices = await options.ForViewerAsync(tenant.NetworkId!.Value, cancellationToken);
        return Page();
    }
}
