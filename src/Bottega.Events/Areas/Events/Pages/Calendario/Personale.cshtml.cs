using Bottega.Events.Features.Calendar;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Bottega.Events.Areas.Events.Pages.Calendario;

/// <summary>The person's calendar feed address, to subscribe from a calendar app, and renewing it (the old address stops working).</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class PersonaleModel(CalendarFeeds feeds, ICurrentUser user, IOptions<EventsOptions> options) : PageModel
{
    public string HttpsUrl { get; private set; } = "";

    public string WebcalUrl { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct) => Show(await feeds.TokenAsync(user.Id!.Value, ct));

    public async Task<IActionResult> OnPostRenewAsync(CancellationToken ct)
    {
        await feeds.RenewAsync(user.Id!.Value, ct);
        TempData["Message"] = "Indirizzo del calendario rinnovato: quello precedente non funziona più.";
        return Redirect(Request.Path);
    }

    private void Show(string token)
    {
        HttpsUrl = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/calendario/{token}.ics";
        var uri = new Uri(HttpsUrl);
        WebcalUrl = "webcal://" + uri.Authority + uri.PathAndQuery;
    }
}
