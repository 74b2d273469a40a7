using Bottega.Events.Data;
using Bottega.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Attendance;

/// <summary>What the event page shows a person about their own attendance (people always see their own figures).</summary>
public sealed class MyAttendance
{
    private readonly EventsDbContext db;
    private readonly TimeProvider time;

    internal MyAttendance(EventsDbContext db, TimeProvider time)
    {
        this.db = db;
        this.time = time;
    }

    /// <summary>Null when the event is not in this network, or the person has neither a seat nor any attendance.</summary>
    public async Task<MyAttendanceView?> ForAsync(Guid eventId, Guid userId, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt)
            .Select(s => new
            {
                s.Number,
                s.Title,
                s.StartsAt,
                s.Hours,
                Own = db.Attendances.Where(a => a.SessionId == s.Id && a.UserId == userId).Select(a => new
                {
                    a.Attended,
                    a.MinutesPresent,
                    a.WebcamMinutes,
                    a.TalkSeconds,
                    a.ChatMessages,
                    a.PollAnswers,
                }).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var seat = await db.Registrations.AnyAsync(r => r.EventId == eventId && r.UserId == userId && r.Status == RegistrationStatus.Confirmed, cancellationToken);
        if (!seat && sessions.All(s => s.Own is null))
        {
            return null;
        }

        var mine = sessions.Select(s => new MySessionFigures(s.Number, s.Title, s.StartsAt, s.Own is not null, s.Own?.Attended ?? false, s.Own?.MinutesPresent,
            s.Own?.WebcamMinutes, s.Own?.TalkSeconds, s.Own?.ChatMessages, s.Own?.PollAnswers, s.Hours)).ToList();
        var started = mine.Count > 0 && mine[0].StartsAt <= time.GetUtcNow().UtcDateTime;
        var attended = mine.Where(s => s.Attended).ToList();
        return new MyAttendanceView(mine, attended.Sum(s => s.Hours), attended.Count > 0, started);
    }
}
