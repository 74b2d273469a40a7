using System.Globalization;
using Bottega.Library.Domain;
using Bottega.Library.Features.Search;
using Bottega.Platform.Hosting;
using Bottega.Platform.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Biblioteca;

/// <summary>
/// Search of the network's library, open to visitors (who find public documents only); with htmx a change of filter
/// replaces the results region only, without it the form reloads the page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class CercaModel(LibrarySearch search, IStringLocalizer<Strings> text) : PageModel
{
    public LibrarySearchPage Result { get; private set; } = LibrarySearchPage.Empty;

    public LibrarySearchFilters Filters { get; private set; } = null!;

    public PagerModel Pager { get; private set; } = null!;

    public LibrarySearchQuery Query { get; private set; } = new(null);

    public bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    public string CountText => (string.IsNullOrWhiteSpace(Query.Text), Result.TotalIsCapped) switch
    {
        (true, false) => text["{0} documenti", Result.Total],
        (true, true) => text["Più di {0} documenti", Result.Total.ToString("N0", CultureInfo.CurrentCulture)],
        (false, false) => text["{0} documenti trovati", Result.Total],
        (false, true) => text["Più di {0} documenti trovati", Result.Total.ToString("N0", CultureInfo.CurrentCulture)],
    };

    public string Network => (string)RouteData.Values["network"]!;

    public async Task<IActionResult> OnGetAsync(string? q, string? tipo, string? raccolta, string? tag, Guid? ente, Guid? regione, int? anno, int? pagina,
        CancellationToken cancellationToken = default)
    {
        Query = new LibrarySearchQuery(Trimmed(q), Enum.TryParse<DocumentKind>(tipo, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null,
            Trimmed(raccolta), Trimmed(tag), ente, regione, anno, Math.Max(1, pagina ?? QueryPage()));
        Result = await search.SearchAsync(Query, cancellationToken);
        if (Result.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, text[error]);
        }

        // The shared pager links with "page"; "pagina" (the address the other pages link to) is dropped so it cannot win.
        Pager = new PagerModel(Result.Page, Result.PageCount, Result.Total, Request.Path,
            Request.Query.Where(p => p.Key is not ("page" or "pagina")).ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        if (IsHtmx)
        {
            return Partial("_LibraryResults", this);
        }

        Filters = await search.FiltersAsync(cancellationToken);
        return Page();
    }

    // A handler parameter named "page" would bind Razor Pages' own route value (the page's name), not the query string.
    private int QueryPage() => int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
