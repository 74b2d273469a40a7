using Bottega.Learning.Domain;
using Bottega.Learning.Features.Authoring;
using Bottega.Learning.Features.Progress;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Gestione.Corsi;

/// <summary>
/// The course editor, for teachers and admins of the owning network (another network's course is a 404): description,
/// competences, teachers, cover, modules and their contents, status; federation offers for the network's admins.
/// </summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class CorsoModel(CourseAuthoring authoring, INetworkDirectory directory, ICurrentUser user, ICurrentNetworkRoles roles) : PageModel
{
    /// <summary>The cover (2 MB by default) and the description fit well within this.</summary>
    public const long MaxRequestBytes = 8L * 1024 * 1024;

    public CourseDraft Draft { get; private set; } = null!;

    public IReadOnlyList<CompetenceOption> CompetenceOptions { get; private set; } = [];

    public IReadOnlyList<LevelOption> LevelOptions { get; private set; } = [];

    public IReadOnlyList<NetworkInfo> Networks { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(courseId, cancellationToken))
        {
            return NotFound();
        }

        var course = Draft.Course;
        Input = new CourseInput
        {
            Title = course.Title,
            Summary = course.Summary,
            Description = course.Description,
            Hours = course.Hours,
            Level = course.Level,
            Language = course.Language,
            Format = course.Format,
            RequiresApproval = course.RequiresApproval,
            MinimumMinutes = course.MinimumMinutes,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostDescribeAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var result = await authoring.DescribeAsync(courseId, Input, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Error!);
            return await LoadAsync(courseId, cancellationToken) ? Page() : NotFound();
        }

        TempData["Message"] = "Descrizione salvata.";
        return RedirectToPage(new { courseId });
    }

    /// <summary>The Markdown preview (htmx): sanitized HTML of the posted description.</summary>
    public ContentResult OnPostPreview() => Content(MarkdownRenderer.ToSafeHtml(Input.Description), "text/html");

    public async Task<IActionResult> OnPostCompetencesAsync(Guid courseId, List<Guid> selected, Dictionary<Guid, int> levels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(levels);
        var choices = selected.Select(id => new CompetenceChoice(id, levels.GetValueOrDefault(id, 1))).ToList();
        return Outcome(await authoring.SetCompetencesAsync(courseId, choices, cancellationToken), "Competenze salvate.", courseId);
    }

    public async Task<IActionResult> OnPostTeacherAsync(Guid courseId, string? email, CancellationToken cancellationToken) =>
        Outcome(await authoring.AddInternalTeacherAsync(courseId, email ?? "", cancellationToken), "Docente aggiunto.", courseId);

    public async Task<IActionResult> OnPostExternalTeacherAsync(Guid courseId, string? name, string? affiliation, CancellationToken cancellationToken) =>
        Outcome(await authoring.AddExternalTeacherAsync(courseId, name ?? "", affiliation, cancellationToken), "Docente aggiunto.", courseId);

    public async Task<IActionResult> OnPostRemoveTeacherAsync(Guid courseId, Guid teacherId, CancellationToken cancellationToken) =>
        Outcome(await authoring.RemoveTeacherAsync(courseId, teacherId, cancellationToken), "Docente tolto.", courseId);

    public async Task<IActionResult> OnPostCoverAsync(Guid courseId, IFormFile? cover, CancellationToken cancellationToken)
    {
        if (cover is null || cover.Length == 0)
        {
            TempData["Message"] = "Scegli un'immagine PNG o JPEG.";
            return RedirectToPage(new { courseId });
        }

        await using var stream = cover.OpenReadStream();
        var result = await authoring.SetCoverAsync(courseId, user.Id!.Value, new Upload(stream, cover.FileName, cover.Length), cancellationToken);
        return Outcome(result, "Copertina salvata.", courseId);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid courseId, CancellationToken cancellationToken) =>
        Outcome(await authoring.PublishAsync(courseId, cancellationToken), "Corso pubblicato.", courseId);

    public async Task<IActionResult> OnPostArchiveAsync(Guid courseId, CancellationToken cancellationToken) =>
        Outcome(await authoring.ArchiveAsync(courseId, cancellationToken), "Corso archiviato.", courseId);

    public async Task<IActionResult> OnPostDraftAsync(Guid courseId, CancellationToken cancellationToken) =>
        Outcome(await authoring.BackToDraftAsync(courseId, cancellationToken), "Corso riportato in bozza.", courseId);

    public async Task<IActionResult> OnPostAddModuleAsync(Guid courseId, string? title, CancellationToken cancellationToken) =>
        Outcome(await authoring.AddModuleAsync(courseId, title ?? "", cancellationToken), "Modulo aggiunto.", courseId);

    public async Task<IActionResult> OnPostRenameModuleAsync(Guid courseId, Guid moduleId, string? title, CancellationToken cancellationToken) =>
        Outcome(await authoring.RenameModuleAsync(courseId, moduleId, title ?? "", cancellationToken), "Modulo rinominato.", courseId);

    public async Task<IActionResult> OnPostMoveModuleAsync(Guid courseId, Guid moduleId, bool up, CancellationToken cancellationToken) =>
        Outcome(await authoring.MoveModuleAsync(courseId, moduleId, up, cancellationToken), null, courseId);

    public async Task<IActionResult> OnPostDeleteModuleAsync(Guid courseId, Guid moduleId, CancellationToken cancellationToken) =>
        Outcome(await authoring.DeleteModuleAsync(courseId, moduleId, cancellationToken), "Modulo eliminato.", courseId);

    public async Task<IActionResult> OnPostMoveObjectAsync(Guid courseId, Guid objectId, bool up, CancellationToken cancellationToken) =>
        Outcome(await authoring.MoveObjectAsync(courseId, objectId, up, cancellationToken), null, courseId);

    public async Task<IActionResult> OnPostDeleteObjectAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken) =>
        Outcome(await authoring.DeleteObjectAsync(courseId, objectId, cancellationToken), "Contenuto eliminato.", courseId);

    /// <summary>Federation: only the owning network's admins offer a published course to another network.</summary>
    public async Task<IActionResult> OnPostOfferAsync(Guid courseId, Guid networkId, CancellationToken cancellationToken) =>
        !await IsAdminAsync(cancellationToken) ? Forbid()
        : Outcome(await authoring.OfferAsync(courseId, networkId, cancellationToken), "Corso offerto alla rete.", courseId);

    public async Task<IActionResult> OnPostWithdrawOfferAsync(Guid courseId, Guid networkId, CancellationToken cancellationToken) =>
        !await IsAdminAsync(cancellationToken) ? Forbid()
        : Outcome(await authoring.WithdrawOfferAsync(courseId, networkId, cancellationToken), "Offerta ritirata.", courseId);

    private IActionResult Outcome(LearningResult result, string? done, Guid courseId)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? done : result.Error;
        return RedirectToPage(new { courseId });
    }

    private async Task<bool> IsAdminAsync(CancellationToken cancellationToken) => (await roles.GetAsync(cancellationToken)).HasFlag(NetworkRole.NetworkAdmin);

    private async Task<bool> LoadAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var draft = await authoring.GetAsync(courseId, cancellationToken);
        if (draft is null)
        {
            return false;
        }

        Draft = draft;
        (CompetenceOptions, LevelOptions) = await authoring.CompetenceOptionsAsync(cancellationToken);
        IsAdmin = await IsAdminAsync(cancellationToken);
        if (IsAdmin && draft.Course.Status == CourseStatus.Published)
        {
            Networks = (await directory.ListAsync(cancellationToken)).Where(n => n.Id != draft.Course.NetworkId).ToList();
        }

        return true;
    }
}
