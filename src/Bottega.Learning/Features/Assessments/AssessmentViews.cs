using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;

namespace Bottega.Learning.Features.Assessments;

public sealed record FrameworkChoice(Guid Id, string Name, int Questions);

public sealed record AssessmentSummary(Guid Id, Guid FrameworkId, string FrameworkName, AssessmentKind Kind, DateTime StartedAt, DateTime? CompletedAt);

public sealed record SelfAssessmentHome(IReadOnlyList<FrameworkChoice> Frameworks, IReadOnlyList<AssessmentSummary> Mine);

public sealed record AssessmentAreaStep(string Code, string Name, bool Done, bool Current);

public sealed record AssessmentQuestion(Guid Id, QuestionKind Kind, string Text, IReadOnlyList<QuizOption> Options);

/// <summary>The questions of one competence in the current round, at the level being asked.</summary>
public sealed record CompetenceRound(Guid CompetenceId, string Code, string Name, int Level, IReadOnlyList<AssessmentQuestion> Questions);

public sealed record CompetenceLevel(Guid CompetenceId, string Code, string Name, string Area, int Level);

public sealed record RecommendedCourse(Guid CourseId, string Title, decimal Hours, string Path, IReadOnlyList<string> Competences);

/// <summary>
/// A self-assessment as its person sees it: the current round of questions, or the pause between areas, or (completed)
/// the level per competence and the courses recommended.
/// </summary>
public sealed record AssessmentView(Guid Id, string FrameworkName, AssessmentKind Kind, DateTime StartedAt, DateTime? CompletedAt, int Round, bool Paused,
    IReadOnlyList<AssessmentAreaStep> Areas, IReadOnlyList<CompetenceRound> Questions, IReadOnlyList<CompetenceLevel> Results,
    IReadOnlyList<RecommendedCourse> Recommended)
{
    public bool Completed => CompletedAt is not null;

    public string? CurrentArea => Areas.FirstOrDefault(a => a.Current)?.Name;
}
