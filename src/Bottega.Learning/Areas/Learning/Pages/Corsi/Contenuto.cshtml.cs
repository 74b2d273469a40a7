using Bottega.Learning.Features.Player;
using Bottega.Learning.Features.Progress;
using Bottega.Learning.Objects;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Corsi;

/// <summary>One learning object, for an enrolled member; its progress arrives by the forms and the player's reports.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class ContenutoModel(ObjectPlayer player, ProgressRecorder recorder, LearningObjectKinds kinds, ICurrentUser user, ICurrentNetworkRoles roles) : PageModel
{
    public PlayerView View { get; private set; } = null!;

    public ILearningObjectKind Kind { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken)
    {
        var view = await player.GetAsync(courseId, objectId, user.Id!.Value, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Kind = kinds[view.Item.Kind];
        return Page();
    }

    /// <summary>Reports from the player script (viewed, share watched, time spent): JSON back, ProblemDetails when refused.</summary>
    public async Task<IActionResult> OnPostProgressAsync(Guid objectId, [FromForm] ProgressSignal signal, [FromForm] double share, [FromForm] int seconds,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(signal) || double.IsNaN(share))
        {
            return Problem("Segnalazione non valida.", StatusCodes.Status400BadRequest);
        }

        var outcome = await recorder.RecordAsync(user.Id!.Value, objectId, signal, share, seconds, cancellationToken);
        if (!outcome.Result.Succeeded)
        {
            return Problem(outcome.Result.Error ?? "", outcome.Result.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }

        return new JsonResult(new { completed = outcome.ObjectCompleted, courseCompleted = outcome.CourseCompleted, percent = outcome.Percent });
    }

    /// <summary>"I have read it": completes a page, a document or a link, then goes on to the next object.</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid courseId, Guid objectId, [FromForm] int seconds, CancellationToken cancellationToken)
    {
        var outcome = await recorder.RecordAsync(user.Id!.Value, objectId, ProgressSignal.Acknowledged, 1, seconds, cancellationToken);
        if (outcome.Result.NotFound)
        {
            return NotFound();
        }

        if (!outcome.Result.Succeeded)
        {
            TempData["Message"] = outcome.Result.Error;
            return RedirectToPage(new { courseId, objectId });
        }

        return await NextAsync(courseId, objectId, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnGetFileAsync(Guid courseId, Guid fileId, CancellationToken cancellationToken)
    {
        var mine = await roles.GetAsync(cancellationToken);
        var file = await player.OpenFileAsync(courseId, fileId, user.Id!.Value, mine.HasFlag(NetworkRole.Teacher) || mine.HasFlag(NetworkRole.NetworkAdmin), cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(file.Content, file.ContentType) { FileDownloadName = file.FileName, EnableRangeProcessing = true };
    }

    private async Task<IActionResult> NextAsync(Guid courseId, Guid objectId, ProgressOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.CourseCompleted)
        {
            TempData["Message"] = "Complimenti: hai completato il corso. L'attestato è disponibile.";
            return Redirect(CoursePath(courseId));
        }

        var view = await player.GetAsync(courseId, objectId, user.Id!.Value, cancellationToken);
        return view?.Next is { } next ? RedirectToPage(new { courseId, objectId = next.Id }) : Redirect(CoursePath(courseId));
    }

    private string CoursePath(Guid courseId) => $"/reti/{RouteData.Values["network"]}/corsi/{courseId}";

    private static ObjectResult Problem(string title, int status) =>
        new(new ProblemDetails { Title = title, Status = status }) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
