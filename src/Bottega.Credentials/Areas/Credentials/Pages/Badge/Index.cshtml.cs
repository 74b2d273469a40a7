using Bottega.Credentials.Features.Backpack;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Badge;

/// <summary>The backpack: every badge the signed-in person holds, in every network.</summary>
[Authorize]
public sealed class IndexModel(Backpack backpack, ICurrentUser user) : PageModel
{
    public IReadOnlyList<BackpackItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + Backpack.PageSize - 1) / Backpack.PageSize);

    public Backpack Links => backpack;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(page, 1);
        (Items, Total) = await backpack.MineAsync(user.Id!.Value, PageNumber, cancellationToken);
    }

    public async Task<IActionResult> OnPostVisibilityAsync(string publicId, bool isPublic, CancellationToken cancellationToken)
    {
        if (!await backpack.SetVisibilityAsync(user.Id!.Value, publicId, isPublic, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = isPublic ? "Il badge ora è pubblico: chi ha il link può vederlo e verificarlo." : "Il badge ora è privato.";
        return Redirect("/badge");
    }
}
