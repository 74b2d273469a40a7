using Bottega.Events.Features.Registrations;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages.Iscrizioni;

/// <summary>The registration panel's forms: register or cancel oneself, then back to the event page with the outcome.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IscrizioneModel(Registrations registrations, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public IActionResult OnGet() => RedirectToEvent();

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken ct) =>
        ActAsync(me => registrations.RegisterAsync(EventId, me, me, ct));

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        ActAsync(me => registrations.CancelAsync(EventId, me, me, ct));

    private async Task<IActionResult> ActAsync(Func<Guid, Task<RegistrationOutcome>> action)
    {
        var outcome = await action(user.Id!.Value);
        if (outcome.Error == RegistrationError.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = outcome.Message;
        return RedirectToEvent();
    }

    private RedirectResult RedirectToEvent() => Redirect($"/reti/{RouteData.Values["network"]}/eventi/{EventId}");
}
