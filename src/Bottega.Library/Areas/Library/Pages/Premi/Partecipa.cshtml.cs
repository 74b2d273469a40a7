using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Premi;

/// <summary>The entry form: a case of the member's own organization in one category of an open call.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class PartecipaModel(PrizeSubmissions submissions, ICurrentNetworkRoles roles, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public PrizeEntryForm Input { get; set; } = new();

    public PrizeCallView Call { get; private set; } = null!;

    public PrizeParticipation Participation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid callId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(callId, cancellationToken))
        {
            return NotFound();
        }

        Input.OrganizationId = Participation.Organization?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid callId, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await submissions.SubmitAsync(callId, Input, user.Id!.Value, cancellationToken)
            : PrizeResult.Refused("Controlla i valori inseriti: alcuni non sono nel formato atteso.");
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            return await LoadAsync(callId, cancellationToken) ? Page() : NotFound();
        }

        TempData["Message"] = text["Candidatura inviata: la giuria la leggerà senza sapere di quale ente è."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/premi/{callId}");
    }

    private async Task<bool> LoadAsync(Guid callId, CancellationToken ct)
    {
        var call = await submissions.CallAsync(callId, (await roles.GetAsync(ct)).HasFlag(NetworkRole.NetworkAdmin), ct);
        if (call is null)
        {
            return false;
        }

        Call = call;
        Participation = await submissions.ParticipationAsync(call.Call, user.Id!.Value, ct);
        return true;
    }
}
