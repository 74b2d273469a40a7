using Bottega.Learning.Contracts;
using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Learning.Objects;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Ledger;

/// <summary>The ledger as other modules see it: hours of attended live sessions, and the live-session objects they complete.</summary>
internal sealed class TrainingHoursLedger(LearningDbContext db, ProgressRecorder progress, TimeProvider time) : ITrainingHoursLedger
{
    public async Task RecordLiveSessionAsync(Guid userId, Guid sessionId, DateOnly day, decimal hours, string title, Guid networkId, CancellationToken cancellationToken)
    {
        if (await db.Hours.AnyAsync(h => h.UserId == userId && h.Source == HoursSource.LiveSession && h.SourceId == sessionId, cancellationToken))
        {
            return;
        }

        db.Hours.Add(HoursEntry.Create(userId, day, hours, HoursSource.LiveSession, sessionId, title, networkId, time.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Recorded by a concurrent import: the unique index kept one row.
            db.ChangeTracker.Clear();
        }
    }

    public async Task RecordAttendanceAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var candidates = await db.Objects.AsNoTracking().Where(o => o.Kind == LearningObjectKind.LiveSession)
            .Join(db.Enrolments.AsNoTracking().Where(e => e.UserId == userId), o => o.CourseId, e => e.CourseId, (o, _) => new { o.Id, o.Content })
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates.Where(c => ObjectContent.Read<LiveSessionContent>(c.Content).EventSessionId == sessionId))
        {
            await progress.CompleteAsync(userId, candidate.Id, null, cancellationToken);
        }
    }
}
