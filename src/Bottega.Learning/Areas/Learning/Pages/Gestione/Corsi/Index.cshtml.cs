using Bottega.Learning.Domain;
using Bottega.Learning.Features.Authoring;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Gestione.Corsi;

/// <summary>The network's own courses, every status, for teachers and admins; "Nuovo corso" creates a draft.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class IndexModel(CourseAuthoring authoring) : PageModel
{
    public AuthoredCoursePage Courses { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public CourseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public string NewTitle { get; set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Courses = await authoring.ListAsync(Status, PageNumber, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await authoring.CreateAsync(NewTitle, cancellationToken);
        if (!created.Result.Succeeded)
        {
            ModelState.AddModelError(nameof(NewTitle), created.Result.Error!);
            Courses = await authoring.ListAsync(Status, PageNumber, cancellationToken);
            return Page();
        }

        TempData["Message"] = "Corso creato in bozza.";
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/corsi/{created.Id}");
    }
}
