using System.Text.Json;
using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Assessments;

/// <summary>Loads the self-assessment question bank of the Syllabus (Frameworks/syllabus-questions.json) once.</summary>
public sealed class SyllabusQuestionSeeder
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly LearningDbContext db;

    internal SyllabusQuestionSeeder(LearningDbContext db) => this.db = db;

    /// <summary>Adds the questions when the framework has none yet; returns how many were added.</summary>
    public async Task<int> EnsureAsync(CancellationToken cancellationToken)
    {
        var bank = Load();
        var framework = await db.Frameworks.AsNoTracking().FirstOrDefaultAsync(f => f.NetworkId == null && f.Code == bank.Framework, cancellationToken);
        if (framework is null)
        {
            return 0;
        }

        var competences = await db.Competences.AsNoTracking().Where(c => c.FrameworkId == framework.Id).ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var ids = competences.Values.ToList();
        if (await db.Questions.AnyAsync(q => q.CompetenceId != null && ids.Contains(q.CompetenceId.Value), cancellationToken))
        {
            return 0;
        }

        var position = 0;
        foreach (var q in bank.Questions)
        {
            var competenceId = competences.TryGetValue(q.Competence, out var id) ? id : throw new InvalidOperationException($"Unknown competence {q.Competence}.");
            var (kind, options) = Options(q);
            db.Questions.Add(Question.ForCompetence(competenceId, q.Level, kind, q.Text, QuizOptions.Write(options), q.Feedback, ++position));
        }

        await db.SaveChangesAsync(cancellationToken);
        return position;
    }

    internal static QuestionBankDefinition Load()
    {
        using var stream = typeof(SyllabusQuestionSeeder).Assembly.GetManifestResourceStream("Bottega.Learning.Frameworks.syllabus-questions.json")
            ?? throw new InvalidOperationException("The Syllabus questions are not embedded.");
        return JsonSerializer.Deserialize<QuestionBankDefinition>(stream, JsonOptions) ?? throw new InvalidOperationException("The Syllabus questions are empty.");
    }

    internal static (QuestionKind Kind, IReadOnlyList<QuizOption> Options) Options(QuestionDefinition q) => q.Kind switch
    {
        "truefalse" => (QuestionKind.TrueFalse, QuizOptions.TrueFalse(q.Answer ?? throw new InvalidOperationException($"No answer: {q.Text}"))),
        "short" => (QuestionKind.ShortAnswer, (q.Options ?? []).Select((o, i) => new QuizOption((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), o, true)).ToList()),
        "single" or "multiple" => (q.Kind == "single" ? QuestionKind.SingleChoice : QuestionKind.MultipleChoice,
            (q.Options ?? []).Select((o, i) => new QuizOption(((char)('a' + i)).ToString(), o, (q.Correct ?? []).Contains(i))).ToList()),
        _ => throw new InvalidOperationException($"Unknown question kind {q.Kind}."),
    };

    internal sealed record QuestionBankDefinition(string Framework, List<QuestionDefinition> Questions);

    /// <summary>Kind is single, multiple, truefalse or short; Correct holds option indexes; Answer the truth of a true/false statement.</summary>
    internal sealed record QuestionDefinition(string Competence, int Level, string Kind, string Text, List<string>? Options, List<int>? Correct, bool? Answer,
        string? Feedback);
}
