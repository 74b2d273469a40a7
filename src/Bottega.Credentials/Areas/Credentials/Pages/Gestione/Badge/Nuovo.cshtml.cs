using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Administration;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Badge;

/// <summary>A new achievement: first what it is earned by (a course, a path or a competence level of the network's catalogue), then its text.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class NuovoModel(AchievementAdministration administration) : PageModel
{
    public static readonly AchievementKind[] Kinds = [AchievementKind.Course, AchievementKind.Path, AchievementKind.Competence];

    [BindProperty(SupportsGet = true, Name = "tipo")]
    public AchievementKind Kind { get; set; } = AchievementKind.Course;

    [BindProperty]
    public Guid? CourseId { get; set; }

    [BindProperty]
    public Guid? PathId { get; set; }

    [BindProperty]
    public string? CompetenceLevel { get; set; }

    [BindProperty]
    public AchievementInput Input { get; set; } = new();

    public SourceChoices Choices { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kind = Kinds.Contains(Kind) ? Kind : AchievementKind.Course;
        Choices = await administration.ChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (result, id) = await administration.CreateAsync(new AchievementSource(Kind, CourseId, PathId, CompetenceLevel), Input, cancellationToken);
        if (!result.Succeeded)
        {
            Error = result.Error;
            Choices = await administration.ChoicesAsync(cancellationToken);
            return Page();
        }

        TempData["CredentialsNotice"] = "Badge creato.";
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/badge/{id}");
    }
}
