using Bottega.Community.Features.Spaces;
using Bottega.Learning.Contracts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Gestione.Spazi;

/// <summary>The network's spaces for its admins: the list with archive and restore, and the form of a new space.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class IndexModel(SpaceAdministration spaces, IStringLocalizer<Strings> text) : PageModel
{
    public IReadOnlyList<SpaceAdminRow> Spaces { get; private set; } = [];

    public IReadOnlyList<CatalogCourse> Courses { get; private set; } = [];

    [BindProperty]
    public SpaceInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await spaces.CreateAsync(Input, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = text["Spazio creato."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/comunita/gestione/spazi");
    }

    public Task<IActionResult> OnPostArchiveAsync(Guid spaceId, CancellationToken cancellationToken) => ArchiveAsync(spaceId, true, "Spazio archiviato.", cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(Guid spaceId, CancellationToken cancellationToken) => ArchiveAsync(spaceId, false, "Spazio ripristinato.", cancellationToken);

    private async Task<IActionResult> ArchiveAsync(Guid spaceId, bool archived, string done, CancellationToken cancellationToken)
    {
        var result = await spaces.ArchiveAsync(spaceId, archived, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = text[done].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/comunita/gestione/spazi");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Spaces = await spaces.ListAsync(cancellationToken);
        Courses = await spaces.CoursesAsync(cancellationToken);
    }
}
