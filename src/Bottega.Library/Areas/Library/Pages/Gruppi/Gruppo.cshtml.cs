using Bottega.Library.Features.Groups;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Gruppi;

/// <summary>
/// A working group's home, for its members and the network's admins (anyone else: 404): purpose, members, documents,
/// space, meetings; the coordinator's forms for members, coordinator, settings and meetings.
/// </summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class GruppoModel(GroupHome home, GroupMembership membership, GroupMeetingScheduling scheduling, ICurrentUser user, IStringLocalizer<Strings> text)
    : PageModel
{
    public GroupHomeView View { get; private set; } = null!;

    [BindProperty]
    public MeetingInput Meeting { get; set; } = new();

    public string Network => (string)RouteData.Values["network"]!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int page, CancellationToken cancellationToken) =>
        await LoadAsync(slug, page, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostMemberAsync(string slug, string? email, CancellationToken cancellationToken) =>
        ManageAsync(slug, () => membership.AddMemberAsync(slug, email, Me, cancellationToken), "Membro aggiunto al gruppo.", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(string slug, Guid personId, CancellationToken cancellationToken) =>
        ManageAsync(slug, () => membership.RemoveMemberAsync(slug, personId, Me, cancellationToken), "Membro tolto dal gruppo.", cancellationToken);

    public Task<IActionResult> OnPostCoordinatorAsync(string slug, string? email, CancellationToken cancellationToken) =>
        ManageAsync(slug, () => membership.ChangeCoordinatorAsync(slug, email, Me, cancellationToken), "Coordinatore cambiato.", cancellationToken);

    public Task<IActionResult> OnPostSettingsAsync(string slug, string? purpose, bool publishesOutputs, CancellationToken cancellationToken) =>
        ManageAsync(slug, () => membership.UpdateAsync(slug, purpose, publishesOutputs, Me, cancellationToken), "Impostazioni del gruppo salvate.", cancellationToken);

    public Task<IActionResult> OnPostMeetingAsync(string slug, CancellationToken cancellationToken) =>
        ManageAsync(slug, () => ModelState.IsValid
            ? scheduling.ScheduleAsync(slug, Meeting, Me, cancellationToken)
            : Task.FromResult(GroupResult.Refused("Controlla i valori inseriti: alcuni non sono nel formato atteso.")),
            "Incontro pianificato: i membri ricevono l'invito per e-mail.", cancellationToken);

    public async Task<IActionResult> OnPostLeaveAsync(string slug, CancellationToken cancellationToken)
    {
        var result = await membership.LeaveAsync(slug, Me, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            return await RefusedAsync(slug, result.Error!, cancellationToken);
        }

        TempData["Message"] = text["Hai lasciato il gruppo."].Value;
        return Redirect($"/reti/{Network}/gruppi");
    }

    private Guid Me => user.Id!.Value;

    private async Task<IActionResult> ManageAsync(string slug, Func<Task<GroupResult>> change, string done, CancellationToken ct)
    {
        if (!await LoadAsync(slug, 1, ct))
        {
            return NotFound();
        }

        if (!View.CanManage)
        {
            return Forbid();
        }

        var result = await change();
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            return await RefusedAsync(slug, result.Error!, ct);
        }

        TempData["Message"] = text[done].Value;
        return Redirect($"/reti/{Network}/gruppi/{result.Slug}");
    }

    private async Task<IActionResult> RefusedAsync(string slug, string error, CancellationToken ct)
    {
        ModelState.AddModelError(string.Empty, text[error]);
        return await LoadAsync(slug, 1, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string slug, int page, CancellationToken ct)
    {
        var view = await home.GetAsync(slug, Math.Max(1, page), ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
