using System.ComponentModel.DataAnnotations;
using Bottega.Identity.Domain;
using Bottega.Identity.Features.Accounts;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

/// <summary>Resends the confirmation; answers the same whether the address exists or not.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ReinviaConfermaModel(UserManager<BottegaUser> users, AccountMail mail) : PageModel
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

        var user = await users.FindByEmailAsync(Email);
        if (user is not null && !user.EmailConfirmed)
        {
            await RegistratiModel.SendConfirmationAsync(users, mail, Url, Request, user, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
