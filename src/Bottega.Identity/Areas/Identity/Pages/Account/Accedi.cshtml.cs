using System.ComponentModel.DataAnnotations;
using Bottega.Identity.Domain;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class AccediModel(SignInManager<BottegaUser> signIn, UserManager<BottegaUser> users) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool NotConfirmed { get; private set; }

    public IReadOnlyList<AuthenticationScheme> ExternalProviders { get; private set; } = [];

    public async Task OnGetAsync() => ExternalProviders = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalProviders = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/Accedi2fa", new { area = "Identity", returnUrl = SafeReturnUrl(), rememberMe = Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, "Troppi tentativi sbagliati: l'account è bloccato per qualche minuto. Riprova più tardi o reimposta la password.");
        }
        else if (result.IsNotAllowed && await users.FindByEmailAsync(Input.Email.Trim()) is { EmailConfirmed: false } user
            && await users.CheckPasswordAsync(user, Input.Password))
        {
            NotConfirmed = true;
            ModelState.AddModelError(string.Empty, "Prima di accedere conferma il tuo indirizzo e-mail con il collegamento che ti abbiamo inviato.");
        }
        else
        {
            ModelState.AddModelError(string.Empty, "E-mail o password non corrette.");
        }

        return Page();
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Indica la tua e-mail.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indica la password.")]
        [StringLength(200)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
