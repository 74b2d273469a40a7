using Bottega.Events.Data;
using Bottega.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Attendance;

/// <summary>A session's attendance and engagement figures, aggregated by the database in one query.</summary>
public sealed class SessionFigures
{
    /// <summary>The smallest group whose engagement figures are shown to organizers.</summary>
    public const int SmallestGroup = 5;

    private readonly EventsDbContext db;

    internal SessionFigures(EventsDbContext db) => this.db = db;

    /// <summary>The figures of a session of the current network; null when it is not there.</summary>
    public async Task<SessionFigureReport?> ForSessionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var row = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new
        {
            Registered = db.Registrations.Count(r => r.EventId == s.EventId && r.Status == RegistrationStatus.Confirmed),
            NoShows = db.Registrations.Count(r => r.EventId == s.EventId && r.Status == RegistrationStatus.Confirmed
                && !db.Attendances.Any(a => a.SessionId == s.Id && a.UserId == r.UserId && a.Attended)),
            Present = db.Attendances.Count(a => a.SessionId == s.Id),
            Attended = db.Attendances.Count(a => a.SessionId == s.Id && a.Attended),
            AverageMinutes = db.Attendances.Where(a => a.SessionId == s.Id).Average(a => (double?)a.MinutesPresent),
            WebcamBasis = db.Attendances.Count(a => a.SessionId == s.Id && a.Attended && a.WebcamMinutes != null),
            WebcamOn = db.Attendances.Count(a => a.SessionId == s.Id && a.Attended && a.WebcamMinutes > 0),
            TalkBasis = db.Attendances.Count(a => a.SessionId == s.Id && a.Attended && a.TalkSeconds != null),
            Spoke = db.Attendances.Count(a => a.SessionId == s.Id && a.Attended && a.TalkSeconds > 0),
            ChatBasis = db.Attendances.Count(a => a.SessionId == s.Id && a.Attended && a.ChatMessages != null),
            AverageChat = db.Attendances.Where(a => a.SessionId == s.Id && a.Attended && a.ChatMessages != null).Average(a => (double?)a.ChatMessages),
            PollBasis = db.Attendances.Count(a => a.SessionId == s.Id && a.Attended && a.PollAnswers != null),
            Polled = db.Attendances.Count(a => a.SessionId == s.Id && a.Attended && a.PollAnswers > 0),
        }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        return new SessionFigureReport(row.Registered, row.Present, row.Attended, row.NoShows, Share(row.WebcamOn, row.WebcamBasis), Share(row.Spoke, row.TalkBasis),
            new EngagementFigure(row.AverageMinutes, row.Present), new EngagementFigure(row.AverageChat, row.ChatBasis), Share(row.Polled, row.PollBasis));
    }

    private static EngagementFigure Share(int count, int basis) => new(basis == 0 ? null : (double)count / basis, basis);
}
