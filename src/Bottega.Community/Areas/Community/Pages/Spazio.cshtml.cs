using Bottega.Community.Features.Spaces;
using Bottega.Platform.Paging;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages;

/// <summary>
/// A space's topics: tabs (all, questions, discussions, unanswered), a tag, a sort, 25 per page with pinned topics first.
/// A space the person may not read is a 404, like one that does not exist.
/// </summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class SpazioModel(SpaceTopics topics) : PageModel
{
    /// <summary>The query values of the tabs and sorts, in Italian as the page's addresses are.</summary>
    public static readonly IReadOnlyDictionary<string, TopicFilter> Filters = new Dictionary<string, TopicFilter>(StringComparer.Ordinal)
    {
        ["tutti"] = TopicFilter.All,
        ["domande"] = TopicFilter.Questions,
        ["discussioni"] = TopicFilter.Discussions,
        ["senza-risposta"] = TopicFilter.Unanswered,
    };

    public static readonly IReadOnlyDictionary<string, TopicSort> Sorts = new Dictionary<string, TopicSort>(StringComparer.Ordinal)
    {
        ["attivita"] = TopicSort.Activity,
        ["recenti"] = TopicSort.Newest,
        ["voti"] = TopicSort.Votes,
        ["senza-risposta"] = TopicSort.UnansweredFirst,
    };

    public SpacePage View { get; private set; } = null!;

    public PagerModel Pager { get; private set; } = null!;

    public string Filter { get; private set; } = "tutti";

    public string Sort { get; private set; } = "attivita";

    public string Network => (string)RouteData.Values["network"]!;

    public async Task<IActionResult> OnGetAsync(string space, string? filtro, string? tag, string? ordine, int page = 1, CancellationToken cancellationToken = default)
    {
        Filter = filtro is not null && Filters.ContainsKey(filtro) ? filtro : "tutti";
        Sort = ordine is not null && Sorts.ContainsKey(ordine) ? ordine : "attivita";
        var view = await topics.SpaceAsync(space, new TopicListQuery(Filters[Filter], string.IsNullOrWhiteSpace(tag) ? null : tag, Sorts[Sort], page), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Pager = PagerModel.From(Request, view.Topics.Page, view.Topics.PageCount, view.Topics.Total);
        return Page();
    }

    /// <summary>The address of this page with one query value changed (and back to the first page).</summary>
    public string With(string key, string? value)
    {
        var query = Request.Query.Where(q => q.Key is not "page" && q.Key != key).ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (value is not null)
        {
            query[key] = value;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/reti/{Network}/comunita/{View.Space.Slug}", query);
    }
}
