using System.ComponentModel.DataAnnotations;
using System.Text;
using Bottega.Identity.Domain;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ReimpostaPasswordModel(UserManager<BottegaUser> users) : PageModel
{
    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public void OnGet(string? email, string? code)
    {
        Input.Email = email ?? "";
        Input.Code = code ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        IdentityResult result;
        try
        {
            result = user is null
                ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
                : await users.ResetPasswordAsync(user, Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Input.Code)), Input.Password);
        }
        catch (FormatException)
        {
            result = IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user!);
            TempData["Message"] = "Password cambiata: ora puoi accedere.";
            return LocalRedirect("/account/accedi");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
        }

        return Page();
    }

    public sealed class ResetInput
    {
        [Required(ErrorMessage = "Indica la tua e-mail.")]
        [EmailAddress(ErrorMessage = "L'indirizzo e-mail non è valido.")]
        public string Email { get; set; } = "";

        [Required]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Scegli una password.")]
        [StringLength(200)]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "Le due password non coincidono.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
