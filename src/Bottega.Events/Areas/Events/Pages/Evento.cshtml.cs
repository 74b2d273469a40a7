using Bottega.Events.Features;
using Bottega.Events.Features.Calendar;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages;

/// <summary>An event of the network for its members (a draft only for organizers), with the panels of registration, joining and attendance.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class EventoModel(EventCalendar calendar, ICurrentNetworkRoles roles) : PageModel
{
    public EventDetails Event { get; private set; } = null!;

    public bool IsOrganizer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        IsOrganizer = EventLabels.IsOrganizer(await roles.GetAsync(cancellationToken));
        var details = await calendar.GetAsync(eventId, IsOrganizer, cancellationToken);
        if (details is null)
        {
            return NotFound();
        }

        Event = details;
        return Page();
    }
}
