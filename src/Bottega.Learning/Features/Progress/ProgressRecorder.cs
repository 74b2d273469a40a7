using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Objects;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Progress;

public sealed record ProgressOutcome(LearningResult Result, bool ObjectCompleted = false, bool CourseCompleted = false, int Percent = 0);

/// <summary>
/// Records what a learner did on a learning object. Progress only moves forward and is saved in one transaction with
/// the course's completion; two tabs, a double submit or a retry land on the same rows (unique indexes and the
/// enrolment's concurrency token) and are retried, so nothing is lost or counted twice.
/// </summary>
public sealed class ProgressRecorder
{
    private const int MaxTries = 10;

    private readonly LearningDbContext db;
    private readonly LearningObjectKinds kinds;
    private readonly CourseCompletion completion;
    private readonly TimeProvider time;

    internal ProgressRecorder(LearningDbContext db, LearningObjectKinds kinds, CourseCompletion completion, TimeProvider time)
    {
        this.db = db;
        this.kinds = kinds;
        this.completion = completion;
        this.time = time;
    }

    /// <summary>A signal from the learner's browser.</summary>
    public Task<ProgressOutcome> RecordAsync(Guid userId, Guid objectId, ProgressSignal signal, double share, int seconds, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => ApplyAsync(userId, objectId, seconds, (o, p) =>
        {
            var kind = kinds[o.Kind];
            if (!kind.Accepts(signal))
            {
                return false;
            }

            p.Report(signal == ProgressSignal.Watched ? share : 0, 0, time.GetUtcNow().UtcDateTime);
            return kind.IsComplete(o, p, signal) ? null : true;
        }, cancellationToken), cancellationToken);

    /// <summary>A completion decided on the server (a quiz passed, a live session attended), with an optional score.</summary>
    internal Task<ProgressOutcome> CompleteAsync(Guid userId, Guid objectId, int? score, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => ApplyAsync(userId, objectId, 0, (_, p) =>
        {
            if (score is { } s)
            {
                p.RecordScore(s, time.GetUtcNow().UtcDateTime);
            }

            return null;
        }, cancellationToken), cancellationToken);

    /// <summary>A score that does not complete (a failed quiz attempt).</summary>
    internal Task<ProgressOutcome> RecordScoreAsync(Guid userId, Guid objectId, int score, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => ApplyAsync(userId, objectId, 0, (_, p) =>
        {
            p.RecordScore(score, time.GetUtcNow().UtcDateTime);
            return true;
        }, cancellationToken), cancellationToken);

    private async Task<ProgressOutcome> WithRetriesAsync(Func<Task<ProgressOutcome>> action, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (DbUpdateException) when (attempt < MaxTries)
            {
                // Another request saved the same progress first: start again from what it saved.
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 40) * attempt), cancellationToken);
            }
        }
    }

    // update changes the progress and returns false to refuse the signal, true to keep the object open, null to complete it.
    private async Task<ProgressOutcome> ApplyAsync(Guid userId, Guid objectId, int seconds, Func<LearningObject, ObjectProgress, bool?> update,
        CancellationToken cancellationToken)
    {
        var learningObject = await db.Objects.AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectId, cancellationToken);
        if (learningObject is null)
        {
            return new ProgressOutcome(LearningResult.Missing("Contenuto non trovato."));
        }

        var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.CourseId == learningObject.CourseId && e.UserId == userId, cancellationToken);
        if (enrolment is null || !enrolment.IsOpen)
        {
            return new ProgressOutcome(LearningResult.Refused("Non sei iscritto a questo corso."));
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var progress = await db.Progress.FirstOrDefaultAsync(p => p.EnrolmentId == enrolment.Id && p.ObjectId == objectId, cancellationToken);
        if (progress is null)
        {
            progress = ObjectProgress.Start(enrolment.Id, objectId, userId, now);
            db.Progress.Add(progress);
        }

        var wasCompleted = progress.IsCompleted;
        var keepOpen = update(learningObject, progress);
        if (keepOpen == false)
        {
            return new ProgressOutcome(LearningResult.Refused("Questo contenuto non si completa in questo modo."));
        }

        var credited = CreditedSeconds(enrolment, seconds, now);
        progress.Report(0, credited, now);
        enrolment.Touch(objectId, credited, now);
        if (keepOpen is null)
        {
            progress.Complete(now);
        }

        var wasCourseCompleted = enrolment.Status == EnrolmentStatus.Completed;
        await db.SaveChangesAsync(cancellationToken);
        await completion.EvaluateAsync(enrolment, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProgressOutcome(LearningResult.Ok, progress.IsCompleted && !wasCompleted,
            enrolment.Status == EnrolmentStatus.Completed && !wasCourseCompleted, enrolment.Percent);
    }

    // Time counts only as far as the clock moved since the last report, so a forged report cannot add hours of study.
    private static int CreditedSeconds(Enrolment enrolment, int reported, DateTime now)
    {
        var elapsed = enrolment.LastActivityAt is { } last ? (int)Math.Ceiling((now - last).TotalSeconds) : 0;
        return Math.Clamp(Math.Min(reported, elapsed), 0, 3600);
    }
}
