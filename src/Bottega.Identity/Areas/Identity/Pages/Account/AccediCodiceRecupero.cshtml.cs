using Bottega.Identity.Domain;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class AccediCodiceRecuperoModel(SignInManager<BottegaUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Accedi", new { area = "Identity" }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Accedi", new { area = "Identity" });
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync((Code ?? "").Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Troppi tentativi sbagliati: l'account è bloccato per qualche minuto."
            : "Il codice di recupero non è valido o è già stato usato.");
        return Page();
    }
}
