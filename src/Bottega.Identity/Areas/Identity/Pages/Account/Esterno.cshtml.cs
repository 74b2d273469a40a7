using Bottega.Identity.Domain;
using Bottega.Identity.Features.Accounts;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

/// <summary>Sign-in through an external OpenID Connect provider (SPID or CIE through their OIDC profiles, a regional IdP).</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class EsternoModel(SignInManager<BottegaUser> signIn, ExternalAccounts accounts) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnGet() => LocalRedirect("/account/accedi");

    public async Task<IActionResult> OnPostAsync(string provider, string? returnUrl)
    {
        var schemes = await signIn.GetExternalAuthenticationSchemesAsync();
        if (!schemes.Any(s => s.Name == provider))
        {
            Error = "Questo fornitore di identità non è configurato.";
            return Page();
        }

        var callback = Url.Page("/Account/Esterno", "Callback", new { area = "Identity", returnUrl = Safe(returnUrl) });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, callback), provider);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Error = "La risposta del fornitore di identità non è valida o è scaduta: riprova.";
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (!result.Succeeded && !result.RequiresTwoFactor && !result.IsLockedOut)
        {
            var outcome = await accounts.LinkOrCreateAsync(info, cancellationToken);
            if (outcome.Error is not null)
            {
                Error = outcome.Error;
                return Page();
            }

            result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/Accedi2fa", new { area = "Identity", returnUrl = Safe(returnUrl) });
        }

        if (!result.Succeeded)
        {
            Error = result.IsLockedOut ? "L'account è bloccato per qualche minuto." : "L'accesso non è riuscito.";
            return Page();
        }

        await signIn.UpdateExternalAuthenticationTokensAsync(info);
        return LocalRedirect(Safe(returnUrl));
    }

    private string Safe(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
