using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Learning.Objects;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Quizzes;

public sealed record BankView(Course Course, LearningObject Item, QuizContent Settings, IReadOnlyList<Question> Questions);

/// <summary>A question as a teacher writes it; which fields count depends on the kind.</summary>
public sealed record QuestionDraft(QuestionKind Kind, string? Text, string? Feedback, int Points, IReadOnlyList<QuizOption> Choices, bool TrueAnswer,
    IReadOnlyList<string> AcceptedAnswers);

public sealed record QuizSettingsDraft(int PassingScore, int? DrawCount, int? MaxAttempts, bool ShowFeedback, string? Instructions);

/// <summary>An error for the field it is about (the input's property name, empty for the whole form); messages are resource keys.</summary>
public sealed record BankError(string Field, string Message);

public sealed record BankOutcome(LearningResult Result, IReadOnlyList<BankError> Errors)
{
    public static readonly BankOutcome Ok = new(LearningResult.Ok, []);

    public static BankOutcome Missing() => new(LearningResult.Missing("Quiz non trovato."), []);
}

/// <summary>
/// A quiz's question bank and settings, edited by the teachers and admins of the network that owns the course
/// (a course offered here by federation is edited only in its own network).
/// </summary>
public sealed class QuestionBank
{
    public const int MaxTextLength = 4000;
    public const int MaxOptionLength = 500;
    public const int MaxOptions = 10;

    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;

    internal QuestionBank(LearningDbContext db, ITenantContext tenant, AuditTrail audit)
    {
        this.db = db;
        this.tenant = tenant;
        this.audit = audit;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<BankView?> GetAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId && c.NetworkId == NetworkId, cancellationToken);
        var item = course is null ? null : await db.Objects.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == objectId && o.CourseId == courseId && o.Kind == LearningObjectKind.Quiz, cancellationToken);
        if (course is null || item is null)
        {
            return null;
        }

        var questions = await db.Questions.AsNoTracking().Where(q => q.ObjectId == objectId).OrderBy(q => q.Position).ToListAsync(cancellationToken);
        return new BankView(course, item, ObjectContent.Read<QuizContent>(item.Content), questions);
    }

    /// <summary>Adds a question (<paramref name="questionId"/> null) or changes one of this quiz's.</summary>
    public async Task<BankOutcome> SaveQuestionAsync(Guid courseId, Guid objectId, Guid? questionId, QuestionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await GetAsync(courseId, objectId, cancellationToken) is not { } bank)
        {
            return BankOutcome.Missing();
        }

        var (options, errors) = Validate(draft);
        if (errors.Count > 0)
        {
            return new BankOutcome(LearningResult.Refused(errors[0].Message), errors);
        }

        var text = draft.Text!.Trim();
        var feedback = string.IsNullOrWhiteSpace(draft.Feedback) ? null : draft.Feedback.Trim();
        if (questionId is { } id)
        {
            var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == id && q.ObjectId == objectId, cancellationToken);
            if (question is null)
            {
                return new BankOutcome(LearningResult.Missing("Domanda non trovata."), []);
            }

            question.Update(draft.Kind, text, QuizOptions.Write(options), feedback, draft.Points);
            audit.Record(db, NetworkId, "quiz.question.updated", "question", id);
        }
        else
        {
            var position = bank.Questions.Count == 0 ? 1 : bank.Questions.Max(q => q.Position) + 1;
            var question = Question.ForQuiz(objectId, draft.Kind, text, QuizOptions.Write(options), feedback, draft.Points, position);
            db.Questions.Add(question);
            audit.Record(db, NetworkId, "quiz.question.added", "question", question.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return BankOutcome.Ok;
    }

    public async Task<BankOutcome> DeleteQuestionAsync(Guid courseId, Guid objectId, Guid questionId, CancellationToken cancellationToken)
    {
        if (await GetAsync(courseId, objectId, cancellationToken) is null)
        {
            return BankOutcome.Missing();
        }

        var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId && q.ObjectId == objectId, cancellationToken);
        if (question is null)
        {
            return new BankOutcome(LearningResult.Missing("Domanda non trovata."), []);
        }

        db.Questions.Remove(question);
        audit.Record(db, NetworkId, "quiz.question.deleted", "question", questionId);
        await db.SaveChangesAsync(cancellationToken);
        return BankOutcome.Ok;
    }

    public async Task<BankOutcome> SaveSettingsAsync(Guid courseId, Guid objectId, QuizSettingsDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await GetAsync(courseId, objectId, cancellationToken) is not { } bank)
        {
            return BankOutcome.Missing();
        }

        var errors = new List<BankError>();
        if (draft.PassingScore is < 1 or > 100)
        {
            errors.Add(new(nameof(QuizSettingsDraft.PassingScore), "Il punteggio minimo va da 1 a 100."));
        }

        if (draft.DrawCount is { } draw && (draw < 1 || draw > bank.Questions.Count))
        {
            errors.Add(new(nameof(QuizSettingsDraft.DrawCount), "Le domande estratte devono essere almeno una e non più di quelle in archivio."));
        }

        if (draft.MaxAttempts is < 1 or > 100)
        {
            errors.Add(new(nameof(QuizSettingsDraft.MaxAttempts), "I tentativi vanno da 1 a 100, o lascia vuoto per nessun limite."));
        }

        if (draft.Instructions?.Length > MaxTextLength)
        {
            errors.Add(new(nameof(QuizSettingsDraft.Instructions), "Le istruzioni sono troppo lunghe."));
        }

        if (errors.Count > 0)
        {
            return new BankOutcome(LearningResult.Refused(errors[0].Message), errors);
        }

        var item = await db.Objects.FirstAsync(o => o.Id == objectId, cancellationToken);
        var content = new QuizContent
        {
            PassingScore = draft.PassingScore,
            DrawCount = draft.DrawCount,
            MaxAttempts = draft.MaxAttempts,
            ShowFeedback = draft.ShowFeedback,
            Instructions = string.IsNullOrWhiteSpace(draft.Instructions) ? null : draft.Instructions.Trim(),
        };
        item.Update(item.Title, item.Required, item.Minutes, ObjectContent.Write(content));
        audit.Record(db, NetworkId, "quiz.settings.updated", "learning-object", objectId);
        await db.SaveChangesAsync(cancellationToken);
        return BankOutcome.Ok;
    }

    internal static (List<QuizOption> Options, List<BankError> Errors) Validate(QuestionDraft draft)
    {
        var errors = new List<BankError>();
        if (!Enum.IsDefined(draft.Kind))
        {
            errors.Add(new(nameof(QuestionDraft.Kind), "Scegli il tipo di domanda."));
        }

        if (string.IsNullOrWhiteSpace(draft.Text))
        {
            errors.Add(new(nameof(QuestionDraft.Text), "Scrivi il testo della domanda."));
        }
        else if (draft.Text.Trim().Length > MaxTextLength)
        {
            errors.Add(new(nameof(QuestionDraft.Text), "Il testo della domanda è troppo lungo."));
        }

        if (draft.Feedback?.Trim().Length > MaxTextLength)
        {
            errors.Add(new(nameof(QuestionDraft.Feedback), "Il commento è troppo lungo."));
        }

        if (draft.Points is < 1 or > 100)
        {
            errors.Add(new(nameof(QuestionDraft.Points), "I punti vanno da 1 a 100."));
        }

        var options = new List<QuizOption>();
        switch (draft.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                var choices = draft.Choices.Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList();
                options = choices.Select((c, i) => new QuizOption(((char)('a' + i)).ToString(), c.Text.Trim(), c.Correct)).ToList();
                var correct = options.Count(o => o.Correct);
                if (options.Count < 2 || options.Count > MaxOptions)
                {
                    errors.Add(new(nameof(QuestionDraft.Choices), "Scrivi da 2 a 10 risposte."));
                }
                else if (options.Any(o => o.Text.Length > MaxOptionLength))
                {
                    errors.Add(new(nameof(QuestionDraft.Choices), "Una risposta è troppo lunga."));
                }
                else if (draft.Kind == QuestionKind.SingleChoice && correct != 1)
                {
                    errors.Add(new(nameof(QuestionDraft.Choices), "Una domanda a risposta singola ha esattamente una risposta giusta."));
                }
                else if (draft.Kind == QuestionKind.MultipleChoice && correct == 0)
                {
                    errors.Add(new(nameof(QuestionDraft.Choices), "Indica almeno una risposta giusta."));
                }

                break;
            case QuestionKind.TrueFalse:
                options = QuizOptions.TrueFalse(draft.TrueAnswer).ToList();
                break;
            case QuestionKind.ShortAnswer:
                var accepted = draft.AcceptedAnswers.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                options = accepted.Select((a, i) => new QuizOption((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), a, true)).ToList();
                if (options.Count == 0)
                {
                    errors.Add(new(nameof(QuestionDraft.AcceptedAnswers), "Scrivi almeno una risposta accettata."));
                }
                else if (options.Count > MaxOptions || options.Any(o => o.Text.Length > MaxOptionLength))
                {
                    errors.Add(new(nameof(QuestionDraft.AcceptedAnswers), "Scrivi al massimo 10 risposte accettate, ognuna di al massimo 500 caratteri."));
                }

                break;
        }

        return (options, errors);
    }
}
