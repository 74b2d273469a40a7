using Bottega.Events.Domain;
using Bottega.Events.Features;
using Bottega.Events.Features.Registrations;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages.Iscrizioni;

/// <summary>
/// An event's registrations for organizers (network admins and teachers): by status, approve or reject, register
/// people found by name, cancel on someone's behalf, CSV export. A training referent sees and registers only their
/// organization's staff; anyone else is refused.
/// </summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IscrittiModel(Registrations registrations, RegistrationLists lists, INetworkPeople people, ICurrentUser user, ICurrentNetworkRoles roles,
    ITenantContext tenant) : PageModel
{
    public const int SearchLimit = 20;

    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true, Name = "stato")]
    public RegistrationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public RegistrantPage List { get; private set; } = null!;

    public bool Organizer { get; private set; }

    /// <summary>The referent's organization when the viewer is a referent and not an organizer.</summary>
    public Guid? StaffOf { get; private set; }

    public IReadOnlyList<NetworkPerson> Found { get; private set; } = [];

    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];

    public string EventUrl => $"/reti/{tenant.Network!.Slug}/eventi/{EventId}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ScopeAsync(ct))
        {
            return Forbid();
        }

        if (await lists.ListAsync(EventId, Status, StaffOf, PageNumber, ct) is not { } list)
        {
            return NotFound();
        }

        List = list;
        PageNumber = list.Page;
        if (StaffOf is { } organizationId)
        {
            Staff = await lists.StaffAsync(EventId, organizationId, ct);
        }
        else if (Query?.Trim() is { Length: >= 2 } text)
        {
            Found = await people.SearchByNameAsync(tenant.NetworkId!.Value, text[..Math.Min(text.Length, 100)], SearchLimit, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await ScopeAsync(ct))
        {
            return Forbid();
        }

        return await lists.CsvAsync(EventId, StaffOf, ct) is { } csv ? File(csv, "text/csv; charset=utf-8", $"iscritti-{EventId:N}.csv") : NotFound();
    }

    public Task<IActionResult> OnPostApproveAsync(Guid registrationId, CancellationToken ct) =>
        OrganizerActAsync(() => registrations.ApproveAsync(registrationId, user.Id!.Value, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid registrationId, CancellationToken ct) =>
        OrganizerActAsync(() => registrations.RejectAsync(registrationId, user.Id!.Value, ct), ct);

    public async Task<IActionResult> OnPostRegisterAsync([FromForm(Name = "persone")] List<Guid> personIds, CancellationToken ct)
    {
        if (!await ScopeAsync(ct))
        {
            return Forbid();
        }

        var outcomes = new List<RegistrationOutcome>();
        foreach (var personId in personIds.Distinct().Take(200))
        {
            var outcome = await registrations.RegisterAsync(EventId, personId, user.Id!.Value, ct);
            if (outcome.Error == RegistrationError.NotFound)
            {
                return NotFound();
            }

            outcomes.Add(outcome);
        }

        TempData["Message"] = outcomes.Count == 0 ? "Scegli almeno una persona."
            : outcomes.Count == 1 ? outcomes[0].Message
            : outcomes.FirstOrDefault(o => !o.Succeeded)?.Message ?? "Persone iscritte.";
        return Back();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid personId, CancellationToken ct)
    {
        if (!await ScopeAsync(ct))
        {
            return Forbid();
        }

        var outcome = await registrations.CancelAsync(EventId, personId, user.Id!.Value, ct);
        if (outcome.Error == RegistrationError.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = outcome.Message;
        return Back();
    }

    private async Task<IActionResult> OrganizerActAsync(Func<Task<RegistrationOutcome>> action, CancellationToken ct)
    {
        if (!await ScopeAsync(ct) || !Organizer)
        {
            return Forbid();
        }

        var outcome = await action();
        if (outcome.Error == RegistrationError.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = outcome.Message;
        return Back();
    }

    private RedirectResult Back() => Redirect($"{EventUrl.Replace("/eventi/", "/eventi/gestione/", StringComparison.Ordinal)}/iscritti");

    /// <summary>Organizers see everything; a referent their staff; false for anyone else.</summary>
    private async Task<bool> ScopeAsync(CancellationToken ct)
    {
        var mine = await roles.GetAsync(ct);
        Organizer = EventLabels.IsOrganizer(mine);
        if (Organizer)
        {
            return true;
        }

        if ((mine & NetworkRole.TrainingReferent) == 0)
        {
            return false;
        }

        StaffOf = await people.ReferentOfAsync(tenant.NetworkId!.Value, user.Id!.Value, ct);
        return StaffOf is not null;
    }
}
