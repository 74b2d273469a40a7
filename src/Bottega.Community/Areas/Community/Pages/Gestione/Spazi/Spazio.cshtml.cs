using Bottega.Community.Domain;
using Bottega.Community.Features.Spaces;
using Bottega.Learning.Contracts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Gestione.Spazi;

/// <summary>Edits a space of the network (its address stays the same, so links keep working).</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class SpazioModel(SpaceAdministration spaces, IStringLocalizer<Strings> text) : PageModel
{
    public Space Space { get; private set; } = null!;

    public IReadOnlyList<CatalogCourse> Courses { get; private set; } = [];

    [BindProperty]
    public SpaceInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid spaceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(spaceId, cancellationToken))
        {
            return NotFound();
        }

        Input = new SpaceInput
        {
            Name = Space.Name,
            Description = Space.Description,
            Kind = Space.Kind,
            CourseId = Space.Kind == SpaceKind.Course ? Space.SourceId : null,
            ReadAccess = Space.ReadAccess,
            PostAccess = Space.PostAccess,
            Position = Space.Position,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid spaceId, CancellationToken cancellationToken)
    {
        var result = await spaces.UpdateAsync(spaceId, Input, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            await LoadAsync(spaceId, cancellationToken);
            return Page();
        }

        TempData["Message"] = text["Spazio aggiornato."].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/comunita/gestione/spazi");
    }

    private async Task<bool> LoadAsync(Guid spaceId, CancellationToken cancellationToken)
    {
        var space = await spaces.GetAsync(spaceId, cancellationToken);
        if (space is null)
        {
            return false;
        }

        Space = space;
        Courses = await spaces.CoursesAsync(cancellationToken);
        return true;
    }
}
