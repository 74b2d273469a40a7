using Bottega.Community.Features.Posts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Messaggi;

/// <summary>The versions of a post, newest first, each with what changed.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class StoriaModel(PostHistory history) : PageModel
{
    public HistoryView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid postId, CancellationToken cancellationToken)
    {
        var view = await history.GetAsync(postId, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
