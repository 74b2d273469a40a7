using System.ComponentModel.DataAnnotations;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Gestione;

/// <summary>A quiz's question bank and settings, for the teachers and admins of the network that owns the course.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class DomandeModel(QuestionBank bank) : PageModel
{
    public const int ChoiceRows = 6;

    public BankView Bank { get; private set; } = null!;

    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    [BindProperty]
    public SettingsInput Settings { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid courseId, Guid objectId, [FromQuery(Name = "domanda")] Guid? questionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(courseId, objectId, cancellationToken))
        {
            return NotFound();
        }

        if (questionId is { } id)
        {
            var question = Bank.Questions.FirstOrDefault(q => q.Id == id);
            if (question is null)
            {
                return NotFound();
            }

            Input = QuestionInput.From(question);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken)
    {
        var outcome = await bank.SaveQuestionAsync(courseId, objectId, Input.Id, Input.ToDraft(), cancellationToken);
        return await AfterAsync(courseId, objectId, outcome, nameof(Input), Input.Id is null ? "Domanda aggiunta." : "Domanda salvata.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid courseId, Guid objectId, [FromForm] Guid questionId, CancellationToken cancellationToken)
    {
        var outcome = await bank.DeleteQuestionAsync(courseId, objectId, questionId, cancellationToken);
        return await AfterAsync(courseId, objectId, outcome, nameof(Input), "Domanda eliminata.", cancellationToken);
    }

    public async Task<IActionResult> OnPostSettingsAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken)
    {
        var draft = new QuizSettingsDraft(Settings.PassingScore, Settings.DrawCount, Settings.MaxAttempts, Settings.ShowFeedback, Settings.Instructions);
        var outcome = await bank.SaveSettingsAsync(courseId, objectId, draft, cancellationToken);
        return await AfterAsync(courseId, objectId, outcome, nameof(Settings), "Impostazioni del quiz salvate.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid courseId, Guid objectId, BankOutcome outcome, string prefix, string done, CancellationToken cancellationToken)
    {
        if (outcome.Result.NotFound)
        {
            return NotFound();
        }

        if (outcome.Result.Succeeded)
        {
            TempData["Message"] = done;
            return RedirectToPage(new { courseId, objectId });
        }

        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", error.Message);
        }

        if (outcome.Errors.Count == 0)
        {
            ModelState.AddModelError("", outcome.Result.Error ?? "");
        }

        await LoadAsync(courseId, objectId, cancellationToken, keepSettings: prefix == nameof(Settings));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken, bool keepSettings = false)
    {
        var view = await bank.GetAsync(courseId, objectId, cancellationToken);
        if (view is null)
        {
            return false;
        }

        Bank = view;
        if (!keepSettings)
        {
            Settings = new SettingsInput
            {
                PassingScore = view.Settings.PassingScore,
                DrawCount = view.Settings.DrawCount,
                MaxAttempts = view.Settings.MaxAttempts,
                ShowFeedback = view.Settings.ShowFeedback,
                Instructions = view.Settings.Instructions,
            };
        }

        while (Input.Choices.Count < ChoiceRows)
        {
            Input.Choices.Add(new ChoiceInput());
        }

        return true;
    }

    public sealed class QuestionInput
    {
        public Guid? Id { get; set; }

        public QuestionKind Kind { get; set; } = QuestionKind.SingleChoice;

        [StringLength(QuestionBank.MaxTextLength)]
        public string? Text { get; set; }

        [StringLength(QuestionBank.MaxTextLength)]
        public string? Feedback { get; set; }

        public int Points { get; set; } = 1;

        public List<ChoiceInput> Choices { get; set; } = [];

        public bool TrueAnswer { get; set; } = true;

        /// <summary>One accepted answer per line.</summary>
        public string? AcceptedAnswers { get; set; }

        public static QuestionInput From(Question question)
        {
            var options = QuizOptions.Read(question.Options);
            return new QuestionInput
            {
                Id = question.Id,
                Kind = question.Kind,
                Text = question.Text,
                Feedback = question.Feedback,
                Points = question.Points,
                Choices = question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice
                    ? options.Select(o => new ChoiceInput { Text = o.Text, Correct = o.Correct }).ToList() : [],
                TrueAnswer = question.Kind != QuestionKind.TrueFalse || options.Any(o => o.Id == QuizOptions.True && o.Correct),
                AcceptedAnswers = question.Kind == QuestionKind.ShortAnswer ? string.Join('\n', options.Select(o => o.Text)) : null,
            };
        }

        public QuestionDraft ToDraft() => new(Kind, Text, Feedback, Points,
            Choices.Select(c => new QuizOption("", c.Text ?? "", c.Correct)).ToList(), TrueAnswer,
            (AcceptedAnswers ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    public sealed class ChoiceInput
    {
        public string? Text { get; set; }

        public bool Correct { get; set; }
    }

    public sealed class SettingsInput
    {
        public int PassingScore { get; set; } = 70;

        public int? DrawCount { get; set; }

        public int? MaxAttempts { get; set; }

        public bool ShowFeedback { get; set; } = true;

        public string? Instructions { get; set; }
    }
}
