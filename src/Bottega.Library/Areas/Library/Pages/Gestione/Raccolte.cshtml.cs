using Bottega.Library.Features.Documents;
using Bottega.Library.Features.Files;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Gestione;

/// <summary>Network admins create and edit the library's collections (address, name, description, order).</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class RaccolteModel(LibraryCollections collections, ITenantContext tenant, ICurrentUser user) : PageModel
{
    public IReadOnlyList<CollectionRow> Rows { get; private set; } = [];

    public LibraryMessage? Error { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await collections.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? slug, string? name, string? description, int position, CancellationToken cancellationToken) =>
        await DoneAsync(await collections.CreateAsync(user.Id!.Value, new CollectionForm(slug, name, description, position), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostUpdateAsync(Guid collectionId, string? slug, string? name, string? description, int position, CancellationToken cancellationToken) =>
        await DoneAsync(await collections.UpdateAsync(user.Id!.Value, collectionId, new CollectionForm(slug, name, description, position), cancellationToken), cancellationToken);

    private async Task<IActionResult> DoneAsync(DocumentResult result, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            Saved = "saved";
            return Redirect($"/reti/{tenant.Network!.Slug}/gestione/biblioteca/raccolte");
        }

        Error = result.Error;
        Rows = await collections.ListAsync(ct);
        return Page();
    }
}
