using Bottega.Community.Features.Spaces;
using Bottega.Platform.Paging;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages;

/// <summary>A tag's topics in the spaces the person reads, latest activity first.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class TagModel(SpaceTopics topics) : PageModel
{
    public TagPage View { get; private set; } = null!;

    public PagerModel Pager { get; private set; } = null!;

    public string Network => (string)RouteData.Values["network"]!;

    public async Task<IActionResult> OnGetAsync(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        var view = await topics.TagAsync(slug, page, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Pager = PagerModel.From(Request, view.Topics.Page, view.Topics.PageCount, view.Topics.Total);
        return Page();
    }
}
