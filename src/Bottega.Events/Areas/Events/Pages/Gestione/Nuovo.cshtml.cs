using Bottega.Events.Features.Management;
using Bottega.Learning.Contracts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Events.Areas.Events.Pages.Gestione;

/// <summary>A new event, saved as a draft; sessions, audience and publication follow on its page.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class NuovoModel(EventAdministration events, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public EventForm Input { get; set; } = new();

    public IReadOnlyList<CatalogCourse> Courses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Courses = await events.CoursesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await events.CreateAsync(Input, user.Id!.Value, cancellationToken)
            : ManagementResult.Refused("Controlla i valori inseriti: alcuni non sono nel formato atteso.");
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            Courses = await events.CoursesAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = text["Evento creato come bozza: aggiungi le sessioni e pubblicalo."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/eventi/gestione/{result.Id}");
    }
}
