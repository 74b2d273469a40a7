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

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class RegistratiModel(UserManager<BottegaUser> users, AccountMail mail, TimeProvider time) : PageModel
{
    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new BottegaUser { Email = Input.Email.Trim(), UserName = Input.Email.Trim(), CreatedAt = time.GetUtcNow().UtcDateTime };
        user.SetName(Input.GivenName, Input.FamilyName);
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.DistinctBy(e => e.Description))
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }

            return Page();
        }

        await SendConfirmationAsync(users, mail, Url, Request, user, cancellationToken);
        Sent = true;
        return Page();
    }

    internal static async Task SendConfirmationAsync(
        UserManager<BottegaUser> users, AccountMail mail, IUrlHelper url, Microsoft.AspNetCore.Http.HttpRequest request, BottegaUser user, CancellationToken cancellationToken)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = url.Page("/Account/Conferma", null, new { area = "Identity", userId = user.Id, code }, request.Scheme)!;
        await mail.SendConfirmationAsync(user.Email!, user.GivenName, link, cancellationToken);
    }

    public sealed class SignUpInput
    {
        [Required(ErrorMessage = "Indica la tua e-mail.")]
        [EmailAddress(ErrorMessage = "L'indirizzo e-mail non è valido.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indica il nome.")]
        [StringLength(100)]
        public string GivenName { get; set; } = "";

        [Required(ErrorMessage = "Indica il cognome.")]
        [StringLength(100)]
        public string FamilyName { get; set; } = "";

        [Required(ErrorMessage = "Scegli una password.")]
        [StringLength(200)]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "Le due password non coincidono.")]
        public string ConfirmPassword { get; set; } = "";

        [Range(typeof(bool), "true", "true", ErrorMessage = "Per registrarti devi aver letto l'informativa privacy.")]
        public bool AcceptPrivacy { get; set; }
    }
}
