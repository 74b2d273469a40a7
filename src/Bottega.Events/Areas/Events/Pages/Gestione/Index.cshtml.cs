using Bottega.Events.Domain;
using Bottega.Events.Features.Management;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages.Gestione;

/// <summary>The organizers' list of the network's events, drafts included, by status.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class IndexModel(OrganizerEvents events) : PageModel
{
    public static readonly IReadOnlyDictionary<string, EventStatus> Statuses = new Dictionary<string, EventStatus>(StringComparer.Ordinal)
    {
        ["bozze"] = EventStatus.Draft,
        ["pubblicati"] = EventStatus.Published,
        ["annullati"] = EventStatus.Cancelled,
    };

    [FromQuery(Name = "stato")]
    public string? Status { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public OrganizerEventPage Events { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Events = await events.ListAsync(Status is not null && Statuses.TryGetValue(Status, out var status) ? status : null, PageNumber, cancellationToken);
}
