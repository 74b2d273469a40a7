using System.Globalization;
using Bottega.Events.Domain;
using Bottega.Events.Features;
using Bottega.Events.Features.Calendar;
using Bottega.Platform.Localization;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages;

/// <summary>The network's calendar: upcoming (or past) events as a list grouped by month, or a month grid of sessions.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(EventCalendar calendar, ICurrentUser user, ICurrentNetworkRoles roles, TimeProvider time) : PageModel
{
    [FromQuery(Name = "vista")]
    public string? ViewName { get; set; }

    [FromQuery(Name = "mese")]
    public string? MonthText { get; set; }

    [FromQuery(Name = "tipo")]
    public string? KindText { get; set; }

    [FromQuery(Name = "miei")]
    public int Mine { get; set; }

    [FromQuery(Name = "passati")]
    public int Past { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public EventKind? Kind { get; private set; }

    public bool IsMonthView => string.Equals(ViewName, "mese", StringComparison.Ordinal);

    public CalendarPage? List { get; private set; }

    public CalendarMonth? Month { get; private set; }

    public bool IsOrganizer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kind = Enum.TryParse<EventKind>(KindText, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(KindText, out _) ? kind : null;
        var filter = new CalendarFilter(Kind, Mine == 1, Past == 1, PageNumber);
        var userId = user.Id ?? Guid.Empty;
        IsOrganizer = EventLabels.IsOrganizer(await roles.GetAsync(cancellationToken));
        if (IsMonthView)
        {
            var first = ParseMonth(MonthText) ?? FirstOfThisMonth();
            Month = await calendar.MonthAsync(first.Year, first.Month, filter, userId, cancellationToken);
        }
        else
        {
            List = await calendar.ListAsync(filter, userId, cancellationToken);
        }
    }

    /// <summary>This page's address with some query values changed (null removes one).</summary>
    public string Link(IReadOnlyDictionary<string, string?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["vista"] = IsMonthView ? "mese" : null,
            ["mese"] = IsMonthView && Month is not null ? Month.First.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null,
            ["tipo"] = Kind?.ToString(),
            ["miei"] = Mine == 1 ? "1" : null,
            ["passati"] = Past == 1 ? "1" : null,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        var query = string.Join("&", values.Where(v => v.Value is not null).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
        return $"/reti/{RouteData.Values["network"]}/eventi" + (query.Length == 0 ? "" : "?" + query);
    }

    public static string MonthParameter(DateOnly first) => first.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly? ParseMonth(string? text) =>
        text is not null && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100 ? day : null;

    private DateOnly FirstOfThisMonth()
    {
        var today = RomeTime.DateOf(time.GetUtcNow().UtcDateTime);
        return new DateOnly(today.Year, today.Month, 1);
    }
}
