using Bottega.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Account;

/// <summary>Sign-out is a POST (from the header's form) so a link elsewhere cannot sign people out.</summary>
public sealed class EsciModel(SignInManager<BottegaUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
