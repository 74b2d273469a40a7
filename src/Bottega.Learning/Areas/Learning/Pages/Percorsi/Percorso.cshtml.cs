using Bottega.Learning.Features.Paths;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Percorsi;

/// <summary>A path: its courses in order, hours, and the signed-in person's progress (a course whose prerequisite is not completed is locked).</summary>
public sealed class PercorsoModel(LearningPaths paths, ICurrentUser user, ICurrentNetworkRoles roles) : PageModel
{
    public PathView View { get; private set; } = null!;

    public string DescriptionHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid pathId, CancellationToken cancellationToken)
    {
        var mine = await roles.GetAsync(cancellationToken);
        var view = await paths.GetAsync(pathId, user.Id, includeDrafts: mine.HasFlag(NetworkRole.Teacher) || mine.HasFlag(NetworkRole.NetworkAdmin), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        DescriptionHtml = MarkdownRenderer.ToSafeHtml(view.Path.Description);
        return Page();
    }
}
