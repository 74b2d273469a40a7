using Bottega.Identity.Domain;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class Accedi2faModel(SignInManager<BottegaUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool RememberDevice { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Accedi", new { area = "Identity" }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Accedi", new { area = "Identity" });
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberDevice);
        if (result.Succeeded)
        {
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Troppi tentativi sbagliati: l'account è bloccato per qualche minuto."
            : "Il codice non è corretto.");
        return Page();
    }
}
