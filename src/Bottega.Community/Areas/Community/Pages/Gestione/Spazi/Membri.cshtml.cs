using Bottega.Community.Domain;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Gestione.Spazi;

/// <summary>
/// The members and moderators of a space: for the network's admins and moderators and the space's own moderators
/// (the service asks <c>SpacePermissions</c>); anyone else is refused.
/// </summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class MembriModel(SpaceMemberAdministration members, IStringLocalizer<Strings> text) : PageModel
{
    public SpaceMembersView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid spaceId, CancellationToken cancellationToken) =>
        await LoadAsync(spaceId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid spaceId, string? email, SpaceRole role, CancellationToken cancellationToken)
    {
        if (await LoadAsync(spaceId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await members.AddAsync(spaceId, email, role, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            return Page();
        }

        TempData["Message"] = text["Persona aggiunta allo spazio."].Value;
        return Redirect(Here());
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid spaceId, Guid memberId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(spaceId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await members.RemoveAsync(spaceId, memberId, cancellationToken);
        TempData["Message"] = result.Succeeded ? text["Persona tolta dallo spazio."].Value : text[result.Error!].Value;
        return Redirect(Here());
    }

    private string Here() => $"/reti/{RouteData.Values["network"]}/comunita/gestione/spazi/{RouteData.Values["spaceId"]}/membri";

    private async Task<IActionResult?> LoadAsync(Guid spaceId, CancellationToken cancellationToken)
    {
        var (view, allowed) = await members.GetAsync(spaceId, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        if (!allowed)
        {
            return Forbid();
        }

        View = view;
        return null;
    }
}
