using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Learning.Objects;

namespace Bottega.Learning.Features.Quizzes;

public sealed record QuizAttemptSummary(Guid Id, int Number, DateTime StartedAt, DateTime? SubmittedAt, int? Score, bool Passed);

/// <summary>A quiz as its learner sees it: settings, attempts so far; <see cref="Enrolment"/> null when not enrolled.</summary>
public sealed record QuizOverview(Course Course, LearningObject Item, QuizContent Settings, Enrolment? Enrolment, IReadOnlyList<QuizAttemptSummary> Attempts)
{
    public QuizAttemptSummary? OpenAttempt => Attempts.FirstOrDefault(a => a.SubmittedAt is null);

    public bool Passed => Attempts.Any(a => a.Passed);

    public int? BestScore => Attempts.Max(a => a.Score);

    public int? AttemptsLeft => Settings.MaxAttempts is { } max ? Math.Max(0, max - Attempts.Count) : null;
}

/// <summary>
/// One question of an attempt. Before submission the options carry no "correct" flag and a short answer shows none;
/// after it, <see cref="Correct"/>, <see cref="Solution"/> and <see cref="Feedback"/> are filled when the quiz shows feedback.
/// </summary>
public sealed record QuizQuestionView(Guid Id, QuestionKind Kind, string Text, int Points, IReadOnlyList<QuizOption> Options,
    IReadOnlyList<string> Given, bool? Correct, IReadOnlyList<string> Solution, string? Feedback);

public sealed record QuizAttemptView(QuizOverview Quiz, QuizAttemptSummary Attempt, IReadOnlyList<QuizQuestionView> Questions);

public sealed record QuizStartOutcome(LearningResult Result, Guid? AttemptId = null, bool Resumed = false);

public sealed record QuizSubmitOutcome(LearningResult Result, int Score = 0, bool Passed = false, bool CourseCompleted = false);
