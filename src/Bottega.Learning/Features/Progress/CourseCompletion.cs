using System.Security.Cryptography;
using System.Text.Json;
using Bottega.Learning.Contracts;
using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Outbox;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Progress;

/// <summary>
/// Decides whether an enrolment is complete (every required object done and the minimum time spent) and, the first
/// time it is, records the hours in the ledger, issues the certificate and writes CourseCompleted to the outbox. Runs inside
/// the caller's transaction; the unique indexes on hours and certificates make a repeat a no-op.
/// </summary>
internal sealed class CourseCompletion(
    LearningDbContext db, IPersonNames names, INetworkDirectory networks, TimeProvider time)
{
    public async Task EvaluateAsync(Enrolment enrolment, CancellationToken cancellationToken)
    {
        var required = await db.Objects.AsNoTracking().Where(o => o.CourseId == enrolment.CourseId && o.Required).Select(o => o.Id).ToListAsync(cancellationToken);
        var done = await db.Progress.AsNoTracking()
            .Where(p => p.EnrolmentId == enrolment.Id && p.Status == ProgressStatus.Completed).Select(p => p.ObjectId).ToListAsync(cancellationToken);
        var doneRequired = required.Count(done.Contains);
        enrolment.SetPercent(required.Count == 0 ? 0 : doneRequired * 100 / required.Count);
        var course = await db.Courses.AsNoTracking().Include(c => c.Competences).FirstAsync(c => c.Id == enrolment.CourseId, cancellationToken);
        var complete = required.Count > 0 && doneRequired == required.Count && enrolment.SecondsSpent >= course.MinimumMinutes * 60;
        if (!complete || enrolment.Status != EnrolmentStatus.Active)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        enrolment.Complete(now);
        db.Hours.Add(HoursEntry.Create(enrolment.UserId, DateOnly.FromDateTime(now), course.Hours, HoursSource.Course, enrolment.Id, course.Title, enrolment.NetworkId, now));
        var learner = (await names.GetAsync([enrolment.UserId], cancellationToken)).GetValueOrDefault(enrolment.UserId, "");
        var network = await networks.FindAsync(enrolment.NetworkId, cancellationToken);
        var competences = await CompetenceLinesAsync(course, cancellationToken);
        db.Certificates.Add(Certificate.Issue(NewCode(), enrolment.Id, enrolment.UserId, course.Id, learner, course.Title, network?.Name ?? "",
            course.Hours, competences, now, now));
        var completed = new CourseCompleted(enrolment.Id, enrolment.UserId, course.Id, enrolment.NetworkId, course.Title, course.Hours,
            course.Competences.ToDictionary(c => c.CompetenceId, c => c.Level), now);
        db.Set<OutboxMessage>().Add(OutboxMessage.Create(CourseCompleted.OutboxType, JsonSerializer.Serialize(completed), now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> CompetenceLinesAsync(Course course, CancellationToken cancellationToken)
    {
        var ids = course.Competences.Select(c => c.CompetenceId).ToList();
        var levels = course.Competences.ToDictionary(c => c.CompetenceId, c => c.Level);
        var rows = await db.Competences.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Join(db.FrameworkLevels.AsNoTracking(), c => c.FrameworkId, l => l.FrameworkId, (c, l) => new { c.Id, c.Code, c.Name, l.Rank, Level = l.Name })
            .ToListAsync(cancellationToken);
        return string.Join('\n', rows.Where(r => r.Rank == levels[r.Id]).OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => $"{r.Code} {r.Name} ({r.Level})"));
    }

    private static string NewCode() => Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant();
}
