using System.ComponentModel.DataAnnotations;
using Bottega.Identity.Features.Invitations;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Rete;

[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class InvitiModel(NetworkInvitations invitations, ICurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Invitations = await invitations.ListAsync(50, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Invitations = await invitations.ListAsync(50, cancellationToken);
            return Page();
        }

        var roles = Input.Roles.Aggregate(NetworkRole.Member, (all, r) => all | (r & (NetworkRole.Teacher | NetworkRole.Moderator | NetworkRole.NetworkAdmin)));
        await invitations.InviteAsync(Input.Email, roles, user.Id!.Value,
            token => Url.Page("/Invito", null, new { area = "Identity", token }, Request.Scheme)!, cancellationToken);
        TempData["Message"] = "Invito inviato.";
        return RedirectToPage();
    }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Indica l'e-mail della persona.")]
        [EmailAddress(ErrorMessage = "L'indirizzo e-mail non è valido.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        public NetworkRole[] Roles { get; set; } = [];
    }
}
