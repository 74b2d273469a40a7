using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Learning.Objects;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Quizzes;

/// <summary>
/// A learner's attempts at a quiz of a course offered in the request's network: start (or resume) with a random draw
/// from the bank, submit once, score, and record the result through <see cref="ProgressRecorder"/>.
/// </summary>
public sealed class QuizService
{
    private const int MaxTries = 4;
    private const int MaxAnswerLength = 500;

    private readonly LearningDbContext db;
    private readonly ProgressRecorder recorder;
    private readonly TimeProvider time;

    internal QuizService(LearningDbContext db, ProgressRecorder recorder, TimeProvider time)
    {
        this.db = db;
        this.recorder = recorder;
        this.time = time;
    }

    public async Task<QuizOverview?> GetAsync(Guid courseId, Guid objectId, Guid userId, CancellationToken cancellationToken)
    {
        if (!await db.Offerings.AsNoTracking().AnyAsync(o => o.CourseId == courseId, cancellationToken))
        {
            return null;
        }

        var item = await db.Objects.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == objectId && o.CourseId == courseId && o.Kind == LearningObjectKind.Quiz, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var course = await db.Courses.AsNoTracking().FirstAsync(c => c.Id == courseId, cancellationToken);
        var enrolment = await db.Enrolments.AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == courseId && e.UserId == userId, cancellationToken);
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.ObjectId == objectId && a.UserId == userId).OrderBy(a => a.Number)
            .Select(a => new QuizAttemptSummary(a.Id, a.Number, a.StartedAt, a.SubmittedAt, a.Score, a.Passed)).ToListAsync(cancellationToken);
        if (enrolment is { IsOpen: true } && attempts.Where(a => a.Passed).MaxBy(a => a.Score) is { } passed
            && !await db.Progress.AsNoTracking().AnyAsync(p => p.EnrolmentId == enrolment.Id && p.ObjectId == objectId && p.Status == ProgressStatus.Completed, cancellationToken))
        {
            // A submission is marked before its progress is recorded (two transactions): if the second was lost, a passed attempt completes the quiz now.
            await recorder.CompleteAsync(userId, objectId, passed.Score, cancellationToken);
            enrolment = await db.Enrolments.AsNoTracking().FirstAsync(e => e.Id == enrolment.Id, cancellationToken);
        }

        return new QuizOverview(course, item, ObjectContent.Read<QuizContent>(item.Content), enrolment is { IsOpen: true } ? enrolment : null, attempts);
    }

    /// <summary>Starts an attempt, or resumes the one not yet submitted; two concurrent starts end on the same attempt.</summary>
    public async Task<QuizStartOutcome> StartAsync(Guid courseId, Guid objectId, Guid userId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStartAsync(courseId, objectId, userId, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxTries)
            {
                // The unique (quiz, person, number) index refused a second attempt started at the same moment: reload it.
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), cancellationToken);
            }
        }
    }

    private async Task<QuizStartOutcome> TryStartAsync(Guid courseId, Guid objectId, Guid userId, CancellationToken cancellationToken)
    {
        var quiz = await GetAsync(courseId, objectId, userId, cancellationToken);
        if (quiz is null)
        {
            return new QuizStartOutcome(LearningResult.Missing("Quiz non trovato."));
        }

        if (quiz.Enrolment is null)
        {
            return new QuizStartOutcome(LearningResult.Refused("Per fare il quiz devi essere iscritto al corso."));
        }

        if (quiz.OpenAttempt is { } open)
        {
            return new QuizStartOutcome(LearningResult.Ok, open.Id, Resumed: true);
        }

        if (quiz.AttemptsLeft == 0)
        {
            return new QuizStartOutcome(LearningResult.Refused("Hai usato tutti i tentativi a disposizione per questo quiz."));
        }

        var bank = await db.Questions.AsNoTracking().Where(q => q.ObjectId == objectId).OrderBy(q => q.Position).Select(q => q.Id)
            .ToListAsync(cancellationToken);
        if (bank.Count == 0)
        {
            return new QuizStartOutcome(LearningResult.Refused("Il quiz non ha ancora domande."));
        }

        var drawn = QuizOptions.Draw(bank, quiz.Settings.DrawCount);
        var number = quiz.Attempts.Count == 0 ? 1 : quiz.Attempts.Max(a => a.Number) + 1;
        var started = QuizAttempt.Start(objectId, quiz.Enrolment.Id, userId, number, QuizOptions.WriteIds(drawn), time.GetUtcNow().UtcDateTime);
        db.Attempts.Add(started);
        await db.SaveChangesAsync(cancellationToken);
        return new QuizStartOutcome(LearningResult.Ok, started.Id);
    }

    /// <summary>An attempt of the current person at this quiz; null for anyone else's or another quiz's attempt.</summary>
    public async Task<QuizAttemptView?> GetAttemptAsync(Guid courseId, Guid objectId, Guid attemptId, Guid userId, CancellationToken cancellationToken)
    {
        var quiz = await GetAsync(courseId, objectId, userId, cancellationToken);
        var attempt = quiz?.Attempts.FirstOrDefault(a => a.Id == attemptId);
        if (quiz is null || attempt is null)
        {
            return null;
        }

        var row = await db.Attempts.AsNoTracking().FirstAsync(a => a.Id == attemptId, cancellationToken);
        var ids = QuizOptions.ReadIds(row.QuestionIds);
        var questions = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id) && q.ObjectId == objectId).ToDictionaryAsync(q => q.Id, cancellationToken);
        var answers = QuizOptions.ReadAnswers(row.Answers);
        var submitted = row.IsSubmitted;
        var reveal = submitted && quiz.Settings.ShowFeedback;
        var views = new List<QuizQuestionView>();
        foreach (var id in ids.Where(questions.ContainsKey))
        {
            var question = questions[id];
            var options = QuizOptions.Read(question.Options);
            var given = answers.TryGetValue(id, out var a) ? a : [];
            var shown = question.Kind == QuestionKind.ShortAnswer
                ? []
                : QuizOptions.Shuffled(question.Kind, options, attemptId, id).Select(o => reveal ? o : o with { Correct = false }).ToList();
            views.Add(new QuizQuestionView(id, question.Kind, question.Text, question.Points, shown, given,
                reveal ? QuizOptions.IsCorrect(question.Kind, question.Options, given) : null,
                reveal ? options.Where(o => o.Correct).Select(o => o.Text).ToList() : [],
                reveal ? question.Feedback : null));
        }

        return new QuizAttemptView(quiz, attempt, views);
    }

    /// <summary>
    /// Marks an attempt of the current person at this quiz, once: a second submit of the same attempt is refused and the
    /// score counts once. Only the questions drawn for the attempt count.
    /// </summary>
    public async Task<QuizSubmitOutcome> SubmitAsync(Guid courseId, Guid objectId, Guid attemptId, Guid userId,
        IReadOnlyDictionary<Guid, IReadOnlyList<string>> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var quiz = await GetAsync(courseId, objectId, userId, cancellationToken);
        if (quiz is null)
        {
            return new QuizSubmitOutcome(LearningResult.Missing("Quiz non trovato."));
        }

        var attempt = await db.Attempts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attemptId && a.ObjectId == objectId && a.UserId == userId, cancellationToken);
        if (attempt is null)
        {
            return new QuizSubmitOutcome(LearningResult.Refused("Questo tentativo non è tuo o non appartiene a questo quiz."));
        }

        if (attempt.IsSubmitted)
        {
            return new QuizSubmitOutcome(LearningResult.Refused("Hai già consegnato questo tentativo."));
        }

        if (quiz.Enrolment is null)
        {
            return new QuizSubmitOutcome(LearningResult.Refused("Per fare il quiz devi essere iscritto al corso."));
        }

        var ids = QuizOptions.ReadIds(attempt.QuestionIds);
        var questions = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id) && q.ObjectId == objectId).ToListAsync(cancellationToken);
        var kept = new Dictionary<Guid, IReadOnlyList<string>>();
        int earned = 0, possible = 0;
        foreach (var question in questions)
        {
            var given = answers.TryGetValue(question.Id, out var a)
                ? a.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Select(v => v.Length > MaxAnswerLength ? v[..MaxAnswerLength] : v)
                    .Distinct(StringComparer.Ordinal).Take(20).ToList()
                : [];
            kept[question.Id] = given;
            possible += question.Points;
            earned += QuizOptions.IsCorrect(question.Kind, question.Options, given) ? question.Points : 0;
        }

        var score = possible == 0 ? 0 : earned * 100 / possible;
        var passed = score >= quiz.Settings.PassingScore;
        var now = time.GetUtcNow().UtcDateTime;
        var json = QuizOptions.WriteAnswers(kept);

        // One conditional update: of two submits of the same attempt racing each other, only one finds it unsubmitted.
        var marked = await db.Attempts.Where(a => a.Id == attemptId && a.SubmittedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Answers, json)
            .SetProperty(a => a.Score, (int?)score)
            .SetProperty(a => a.Passed, passed)
            .SetProperty(a => a.SubmittedAt, (DateTime?)now), cancellationToken);
        if (marked == 0)
        {
            return new QuizSubmitOutcome(LearningResult.Refused("Hai già consegnato questo tentativo."));
        }

        var progress = passed
            ? await recorder.CompleteAsync(userId, objectId, score, cancellationToken)
            : await recorder.RecordScoreAsync(userId, objectId, score, cancellationToken);
        return new QuizSubmitOutcome(LearningResult.Ok, score, passed, progress.CourseCompleted);
    }
}
