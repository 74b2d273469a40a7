using System.Text.Json;
using Bottega.Identity.Domain;
using Bottega.Identity.Features.PersonalData;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Dati;

/// <summary>GDPR: download all one's data, or erase the account after confirming.</summary>
[Authorize]
public sealed class IndexModel(
    PersonalDataExport export, PersonalDataErasure erasure, UserManager<BottegaUser> users, SignInManager<BottegaUser> signIn, ICurrentUser user)
    : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [BindProperty]
    public ErasureInput Input { get; set; } = new();

    public bool HasPassword { get; private set; }

    public async Task OnGetAsync() => HasPassword = await CurrentHasPasswordAsync();

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var data = await export.BuildAsync(user.Id!.Value, cancellationToken);
        return data is null
            ? NotFound()
            : File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", "bottega-i-miei-dati.json");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(user.Id!.Value.ToString());
        if (account is null)
        {
            return NotFound();
        }

        HasPassword = await users.HasPasswordAsync(account);
        if (Input.Confirmation?.Trim() != "CANCELLA")
        {
            ModelState.AddModelError("Input.Confirmation", "Scrivi CANCELLA per confermare.");
        }
        else if (HasPassword && !await users.CheckPasswordAsync(account, Input.Password ?? ""))
        {
            ModelState.AddModelError("Input.Password", "La password non è corretta.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await erasure.EraseAsync(account.Id, cancellationToken);
        await signIn.SignOutAsync();
        TempData["Message"] = "Il tuo account è stato cancellato.";
        return LocalRedirect("/");
    }

    private async Task<bool> CurrentHasPasswordAsync()
    {
        var account = await users.FindByIdAsync(user.Id!.Value.ToString());
        return account is not null && await users.HasPasswordAsync(account);
    }

    public sealed class ErasureInput
    {
        public string? Password { get; set; }

        public string? Confirmation { get; set; }
    }
}
