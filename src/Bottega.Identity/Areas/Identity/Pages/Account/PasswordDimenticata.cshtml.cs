using System.ComponentModel.DataAnnotations;
using System.Text;
using Bottega.Identity.Domain;
using Bottega.Identity.Features.Accounts;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

/// <summary>Sends a reset link; the answer never says whether the address has an account.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class PasswordDimenticataModel(UserManager<BottegaUser> users, AccountMail mail) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Indica la tua e-mail.")]
    [EmailAddress(ErrorMessage = "L'indirizzo e-mail non è valido.")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { EmailConfirmed: true })
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = Url.Page("/Account/ReimpostaPassword", null, new { area = "Identity", email = user.Email, code }, Request.Scheme)!;
            await mail.SendPasswordResetAsync(user.Email!, link, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
