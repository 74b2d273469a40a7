using Bottega.Learning.Features.Player;
using Bottega.Learning.Features.Quizzes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Corsi;

/// <summary>A quiz for an enrolled member: attempts so far, start or resume, the questions, the result with feedback.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class QuizModel(QuizService quizzes, ObjectPlayer player, ICurrentUser user) : PageModel
{
    public QuizOverview Quiz { get; private set; } = null!;

    /// <summary>The attempt shown (open: the form; submitted: the result), when the address names one.</summary>
    public QuizAttemptView? Attempt { get; private set; }

    public PlayerStep? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid courseId, Guid objectId, Guid? attemptId, CancellationToken cancellationToken)
    {
        var quiz = await quizzes.GetAsync(courseId, objectId, user.Id!.Value, cancellationToken);
        if (quiz is null)
        {
            return NotFound();
        }

        Quiz = quiz;
        if (attemptId is { } id)
        {
            Attempt = await quizzes.GetAttemptAsync(courseId, objectId, id, user.Id!.Value, cancellationToken);
            if (Attempt is null)
            {
                return NotFound();
            }
        }

        Next = quiz.Enrolment is null ? null : (await player.GetAsync(courseId, objectId, user.Id!.Value, cancellationToken))?.Next;
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken)
    {
        var outcome = await quizzes.StartAsync(courseId, objectId, user.Id!.Value, cancellationToken);
        if (outcome.Result.NotFound)
        {
            return NotFound();
        }

        if (!outcome.Result.Succeeded)
        {
            TempData["Message"] = outcome.Result.Error;
            return RedirectToPage(new { courseId, objectId, attemptId = (Guid?)null });
        }

        return RedirectToPage(new { courseId, objectId, attemptId = outcome.AttemptId });
    }

    /// <summary>The answers: fields named <c>q-{questionId}</c>, one value per chosen option or the text typed.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(Guid courseId, Guid objectId, [FromForm] Guid attempt, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<Guid, IReadOnlyList<string>>();
        foreach (var (key, values) in Request.Form)
        {
            if (key.StartsWith("q-", StringComparison.Ordinal) && Guid.TryParse(key.AsSpan(2), out var questionId))
            {
                answers[questionId] = values.Where(v => v is not null).Select(v => v!).ToList();
            }
        }

        var outcome = await quizzes.SubmitAsync(courseId, objectId, attempt, user.Id!.Value, answers, cancellationToken);
        if (outcome.Result.NotFound)
        {
            return NotFound();
        }

        if (!outcome.Result.Succeeded)
        {
            TempData["Message"] = outcome.Result.Error;
            return RedirectToPage(new { courseId, objectId, attemptId = (Guid?)null });
        }

        TempData["Message"] = outcome.CourseCompleted ? "Complimenti: hai completato il corso. L'attestato è disponibile."
            : outcome.Passed ? "Quiz superato." : "Quiz non superato.";
        return RedirectToPage(new { courseId, objectId, attemptId = attempt });
    }
}
