using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Learning.Features.Quizzes;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Assessments;

public sealed record AssessmentOutcome(LearningResult Result, Guid? AssessmentId = null);

/// <summary>
/// A person's self-assessment of a framework (the Syllabus), area by area: per competence, questions of level 1, then of
/// the next level while all are answered right; the level reached is the last level answered all right. Between areas
/// it can be paused. Initial assessments recommend courses; final ones certify the levels. Only the person sees them.
/// </summary>
public sealed class SelfAssessment
{
    /// <summary>Questions asked per competence and level (all of them when the bank has fewer).</summary>
    public const int QuestionsPerLevel = 2;

    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly PathRecommendations recommendations;
    private readonly TimeProvider time;

    internal SelfAssessment(LearningDbContext db, ITenantContext tenant, PathRecommendations recommendations, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.recommendations = recommendations;
        this.time = time;
    }

    /// <summary>The national frameworks and the network's own that have questions, and the person's assessments.</summary>
    public async Task<SelfAssessmentHome> HomeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var networkId = tenant.NetworkId;
        var counts = await db.Questions.AsNoTracking().Where(q => q.CompetenceId != null)
            .Join(db.Competences.AsNoTracking(), q => q.CompetenceId, c => c.Id, (_, c) => c.FrameworkId)
            .GroupBy(f => f).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var frameworks = (await db.Frameworks.AsNoTracking().Where(f => f.NetworkId == null || f.NetworkId == networkId)
            .Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken))
            .Select(f => new FrameworkChoice(f.Id, f.Name, counts.GetValueOrDefault(f.Id))).ToList();
        var mine = await db.Assessments.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.StartedAt).Take(50)
            .Join(db.Frameworks.AsNoTracking(), a => a.FrameworkId, f => f.Id, (a, f) => new AssessmentSummary(a.Id, f.Id, f.Name, a.Kind, a.StartedAt, a.CompletedAt))
            .ToListAsync(cancellationToken);
        return new SelfAssessmentHome(frameworks.Where(f => f.Questions > 0).OrderBy(f => f.Name, StringComparer.CurrentCulture).ToList(), mine);
    }

    /// <summary>Starts an assessment, or resumes the unfinished one of the same framework and kind.</summary>
    public async Task<AssessmentOutcome> StartAsync(Guid userId, Guid frameworkId, AssessmentKind kind, CancellationToken cancellationToken)
    {
        var networkId = tenant.NetworkId;
        if (!Enum.IsDefined(kind) || !await db.Frameworks.AnyAsync(f => f.Id == frameworkId && (f.NetworkId == null || f.NetworkId == networkId), cancellationToken))
        {
            return new AssessmentOutcome(LearningResult.Missing("Quadro di competenze non trovato."));
        }

        var open = await db.Assessments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.UserId == userId && a.FrameworkId == frameworkId && a.Kind == kind && a.CompletedAt == null, cancellationToken);
        if (open is not null)
        {
            return new AssessmentOutcome(LearningResult.Ok, open.Id);
        }

        var assessment = Assessment.Start(userId, frameworkId, kind, time.GetUtcNow().UtcDateTime);
        var state = new AssessmentState();
        var areas = await AreasAsync(frameworkId, cancellationToken);
        await BeginAreaAsync(state, areas, cancellationToken);
        assessment.Save(state.Write());
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return new AssessmentOutcome(LearningResult.Ok, assessment.Id);
    }

    /// <summary>The person's own assessment; null for anyone else's.</summary>
    public async Task<AssessmentView?> GetAsync(Guid assessmentId, Guid userId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Results)
            .FirstOrDefaultAsync(a => a.Id == assessmentId && a.UserId == userId, cancellationToken);
        if (assessment is null)
        {
            return null;
        }

        var framework = await db.Frameworks.AsNoTracking().FirstAsync(f => f.Id == assessment.FrameworkId, cancellationToken);
        var areas = await AreasAsync(assessment.FrameworkId, cancellationToken);
        var state = AssessmentState.Read(assessment.State);
        var completed = assessment.CompletedAt is not null;
        var steps = areas.Select((a, i) => new AssessmentAreaStep(a.Code, a.Name, completed || i < state.Area || (i == state.Area && state.AreaDone),
            !completed && i == state.Area && !state.AreaDone)).ToList();

        var rounds = new List<CompetenceRound>();
        if (!completed && !state.AreaDone && state.Area < areas.Count)
        {
            var pending = state.Competences.Where(c => !c.Value.Done).SelectMany(c => c.Value.Pending).ToList();
            var questions = await db.Questions.AsNoTracking().Where(q => pending.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
            foreach (var competence in areas[state.Area].Competences.OrderBy(c => c.Position))
            {
                if (state.Competences.TryGetValue(competence.Id, out var cs) && !cs.Done)
                {
                    var shown = cs.Pending.Where(questions.ContainsKey).Select(id => questions[id]).Select(q => new AssessmentQuestion(q.Id, q.Kind, q.Text,
                        q.Kind == QuestionKind.ShortAnswer ? [] : QuizOptions.Shuffled(q.Kind, QuizOptions.Read(q.Options), assessmentId, q.Id)
                            .Select(o => o with { Correct = false }).ToList())).ToList();
                    rounds.Add(new CompetenceRound(competence.Id, competence.Code, competence.Name, cs.Level, shown));
                }
            }
        }

        var results = completed
            ? areas.SelectMany(a => a.Competences.OrderBy(c => c.Position).Select(c => new CompetenceLevel(c.Id, c.Code, c.Name, a.Name,
                assessment.Results.FirstOrDefault(r => r.CompetenceId == c.Id)?.Level ?? 0))).ToList()
            : [];
        var recommended = completed ? await recommendations.ForAsync(userId, assessment.FrameworkId, cancellationToken) : [];
        return new AssessmentView(assessment.Id, framework.Name, assessment.Kind, assessment.StartedAt, assessment.CompletedAt, state.Round, state.AreaDone,
            steps, rounds, results, recommended);
    }

    /// <summary>
    /// The answers of one round. <paramref name="round"/> is the round the form was shown for: a form posted again
    /// after its round was recorded is refused, so a double submit counts once.
    /// </summary>
    public async Task<LearningResult> AnswerAsync(Guid assessmentId, Guid userId, int round, IReadOnlyDictionary<Guid, IReadOnlyList<string>> answers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == assessmentId && a.UserId == userId, cancellationToken);
        if (assessment is null)
        {
            return LearningResult.Missing("Autovalutazione non trovata.");
        }

        var state = AssessmentState.Read(assessment.State);
        if (assessment.CompletedAt is not null || state.AreaDone || round != state.Round)
        {
            return LearningResult.Refused("Queste risposte sono già state registrate.");
        }

        var areas = await AreasAsync(assessment.FrameworkId, cancellationToken);
        var open = state.Competences.Where(c => !c.Value.Done).ToList();
        var pending = open.SelectMany(c => c.Value.Pending).ToList();
        var questions = await db.Questions.AsNoTracking().Where(q => pending.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        foreach (var (competenceId, cs) in open)
        {
            var right = true;
            foreach (var id in cs.Pending.Where(questions.ContainsKey))
            {
                var given = answers.TryGetValue(id, out var a) ? a.Select(v => v.Length > 500 ? v[..500] : v).Take(20).ToList() : [];
                cs.Answers[id] = given;
                right &= QuizOptions.IsCorrect(questions[id].Kind, questions[id].Options, given);
            }

            if (right)
            {
                cs.Reached = cs.Level;
                cs.Level++;
                await DrawAsync(competenceId, cs, cancellationToken);
            }
            else
            {
                cs.Done = true;
                cs.Pending = [];
            }
        }

        state.Round++;
        if (state.Competences.Values.All(c => c.Done))
        {
            state.AreaDone = true;
            if (state.Area >= areas.Count - 1)
            {
                Finish(assessment, state);
            }
        }

        assessment.Save(state.Write());
        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    /// <summary>After a pause, goes on to the next area.</summary>
    public async Task<LearningResult> ContinueAsync(Guid assessmentId, Guid userId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == assessmentId && a.UserId == userId, cancellationToken);
        if (assessment is null)
        {
            return LearningResult.Missing("Autovalutazione non trovata.");
        }

        var state = AssessmentState.Read(assessment.State);
        if (assessment.CompletedAt is not null || !state.AreaDone)
        {
            return LearningResult.Ok;
        }

        var areas = await AreasAsync(assessment.FrameworkId, cancellationToken);
        state.Area++;
        state.AreaDone = false;
        await BeginAreaAsync(state, areas, cancellationToken);
        if (state.AreaDone && state.Area >= areas.Count - 1)
        {
            Finish(assessment, state);
        }

        assessment.Save(state.Write());
        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }

    private void Finish(Assessment assessment, AssessmentState state)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (competenceId, cs) in state.Competences)
        {
            db.AssessmentResults.Add(AssessmentResult.Create(assessment.Id, competenceId, assessment.UserId, cs.Reached, now));
        }

        assessment.Complete(now);
    }

    // Competences keep their state across areas (the results are written from it at the end); only the current area's are asked.
    private async Task BeginAreaAsync(AssessmentState state, IReadOnlyList<CompetenceArea> areas, CancellationToken cancellationToken)
    {
        if (state.Area >= areas.Count)
        {
            state.AreaDone = true;
            return;
        }

        foreach (var competence in areas[state.Area].Competences)
        {
            var cs = new CompetenceState();
            state.Competences[competence.Id] = cs;
            await DrawAsync(competence.Id, cs, cancellationToken);
        }

        state.AreaDone = state.Competences.Values.All(c => c.Done);
    }

    private async Task DrawAsync(Guid competenceId, CompetenceState cs, CancellationToken cancellationToken)
    {
        var level = cs.Level;
        var bank = await db.Questions.AsNoTracking().Where(q => q.CompetenceId == competenceId && q.Level == level).Select(q => q.Id).ToListAsync(cancellationToken);
        cs.Pending = QuizOptions.Draw(bank, QuestionsPerLevel);
        cs.Done = cs.Pending.Count == 0;
    }

    private async Task<IReadOnlyList<CompetenceArea>> AreasAsync(Guid frameworkId, CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking().Include(a => a.Competences).Where(a => a.FrameworkId == frameworkId).OrderBy(a => a.Position).ToListAsync(cancellationToken);
}
