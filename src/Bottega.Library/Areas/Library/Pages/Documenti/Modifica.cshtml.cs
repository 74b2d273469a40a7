using Bottega.Library.Features.Documents;
using Bottega.Library.Features.Files;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Documenti;

/// <summary>Editing a document's metadata (its uploader, the owning organization's referent, a network admin), and archiving it.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class ModificaModel(LibraryDocuments documents, DocumentPages pages, DocumentFormOptions options, ITenantContext tenant, ICurrentUser user) : PageModel
{
    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    public DocumentView Document { get; private set; } = null!;

    public DocumentChoices Choices { get; private set; } = null!;

    public LibraryMessage? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(documentId, cancellationToken))
        {
            return NotFound();
        }

        Input = DocumentInput.From(Document);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(documentId, cancellationToken))
        {
            return NotFound();
        }

        var result = await documents.UpdateAsync(user.Id!.Value, documentId, Input.ToForm(), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/reti/{tenant.Network!.Slug}/biblioteca/documenti/{documentId}");
        }

        Error = result.Error;
        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid documentId, bool archived, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(documentId, cancellationToken))
        {
            return NotFound();
        }

        var result = await documents.ArchiveAsync(user.Id!.Value, documentId, archived, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/reti/{tenant.Network!.Slug}/biblioteca/documenti/{documentId}");
        }

        Error = result.Error;
        Input = DocumentInput.From(Document);
        return Page();
    }

    // Someone who may not edit the document gets the same 404 as for a document that does not exist.
    private async Task<bool> LoadAsync(Guid documentId, CancellationToken ct)
    {
        if (await pages.GetAsync(documentId, ct) is not { Rights.CanEdit: true } view)
        {
            return false;
        }

        Document = view;
        Choices = await options.ForViewerAsync(tenant.NetworkId!.Value, ct);
        return true;
    }
}
