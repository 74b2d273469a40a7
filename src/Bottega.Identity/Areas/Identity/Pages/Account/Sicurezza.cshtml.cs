using Bottega.Identity.Domain;
using Bottega.Identity.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

/// <summary>Password, TOTP two-factor with recovery codes, and linked external sign-ins.</summary>
[Authorize]
public sealed class SicurezzaModel(UserManager<BottegaUser> users, SignInManager<BottegaUser> signIn, AuthenticatorSetup authenticator) : PageModel
{
    public bool TwoFactorEnabled { get; private set; }

    public bool HasPassword { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public AuthenticatorKey? Key { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public IReadOnlyList<UserLoginInfo> Logins { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync(string? code)
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        var token = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, token))
        {
            ModelState.AddModelError(string.Empty, "Il codice non è corretto: controlla l'ora del telefono e riprova.");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        await signIn.RefreshSignInAsync(user);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        var user = await LoadAsync();
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            TempData["Message"] = "Verifica in due passaggi disattivata.";
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? next)
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, current ?? "", next ?? "");
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Password cambiata.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string provider, string key)
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (!HasPassword && Logins.Count <= 1)
        {
            ModelState.AddModelError(string.Empty, "Scegli prima una password: è l'unico modo che ti resta per accedere.");
            return Page();
        }

        await users.RemoveLoginAsync(user, provider, key);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task<BottegaUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        HasPassword = await users.HasPasswordAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        Logins = (await users.GetLoginsAsync(user)).ToList();
        Key = TwoFactorEnabled ? null : await authenticator.KeyAsync(user);
        return user;
    }
}
