using Bottega.Library.Features.Prizes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Premi;

/// <summary>A call: description, dates, categories, rubric, eligibility; the member's organization's entries and the way to take part.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class BandoModel(PrizeSubmissions submissions, JuryScoring jury, ICurrentNetworkRoles roles, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    public PrizeCallView Call { get; private set; } = null!;

    public PrizeParticipation Participation { get; private set; } = null!;

    public bool IsAdmin { get; private set; }

    public bool IsJuror { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid callId, CancellationToken cancellationToken) =>
        await LoadAsync(callId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRitiraAsync(Guid callId, Guid entryId, CancellationToken cancellationToken)
    {
        var result = await submissions.WithdrawAsync(callId, entryId, user.Id!.Value, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            return await LoadAsync(callId, cancellationToken) ? Page() : NotFound();
        }

        TempData["Message"] = text["Candidatura ritirata."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/premi/{callId}");
    }

    private async Task<bool> LoadAsync(Guid callId, CancellationToken ct)
    {
        IsAdmin = (await roles.GetAsync(ct)).HasFlag(NetworkRole.NetworkAdmin);
        var call = await submissions.CallAsync(callId, IsAdmin, ct);
        if (call is null)
        {
            return false;
        }

        Call = call;
        Participation = await submissions.ParticipationAsync(call.Call, user.Id!.Value, ct);
        IsJuror = await jury.ListAsync(callId, user.Id!.Value, ct) is not null;
        return true;
    }
}
