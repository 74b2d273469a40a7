using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Localization;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Attendance;

/// <summary>
/// The one writer of attendance. Rows are matched to people (Bottega's id, else the e-mail among the event's
/// registrants, then among the network's members), merged per person, capped at the session's length plus half an
/// hour, and saved with the import record, the audit entry and the outbox messages of those who newly attended in one
/// SaveChanges: an import either happens whole or not at all.
/// </summary>
internal sealed class AttendanceRecorder(EventsDbContext db, INetworkPeople people, AuditTrail audit, TimeProvider time) : IAttendanceRecorder
{
    /// <summary>Minutes beyond the session's length a person can be credited (people stay on after the end, not for hours).</summary>
    private const int OvertimeMinutes = 30;

    public async Task<AttendanceImportResult> RecordAsync(Guid sessionId, AttendanceSource source, IReadOnlyList<ParticipantFigures> rows,
        IReadOnlyList<string> malformed, string? origin, Guid? importedBy, CancellationToken cancellationToken)
    {
        try
        {
            return await RecordOnceAsync(sessionId, source, rows, malformed, origin, importedBy, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another import of the session inserted the same person at the same moment: read again and update.
            db.ChangeTracker.Clear();
            return await RecordOnceAsync(sessionId, source, rows, malformed, origin, importedBy, cancellationToken);
        }
    }

    private async Task<AttendanceImportResult> RecordOnceAsync(Guid sessionId, AttendanceSource source, IReadOnlyList<ParticipantFigures> rows,
        IReadOnlyList<string> malformed, string? origin, Guid? importedBy, CancellationToken ct)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new InvalidOperationException($"Session {sessionId} is not in this network.");
        var liveEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == session.EventId, ct);
        var matching = await ParticipantMatching.LoadAsync(db, people, session, rows, ct);

        var problems = malformed.ToList();
        var byPerson = new Dictionary<Guid, List<ParticipantFigures>>();
        var unknown = 0;
        foreach (var row in rows)
        {
            var match = await matching.MatchAsync(row, ct);
            if (match.UserId is not { } userId)
            {
                unknown++;
                problems.Add($"Riga {row.RowNumber}: {Describe(row)} sconosciuto (non è iscritto né membro della rete)");
                continue;
            }

            if (!match.Registered)
            {
                problems.Add($"Riga {row.RowNumber}: {Describe(row)} non iscritto (presenza registrata)");
            }

            if (!byPerson.TryGetValue(userId, out var list))
            {
                byPerson[userId] = list = [];
            }

            list.Add(row);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Attendances.Where(a => a.SessionId == sessionId).ToDictionaryAsync(a => a.UserId, ct);
        var title = LedgerTitle(liveEvent, session);
        foreach (var (userId, personRows) in byPerson)
        {
            if (!existing.TryGetValue(userId, out var attendance))
            {
                attendance = Domain.Attendance.Create(session.NetworkId, session.EventId, session.Id, userId, now);
                db.Attendances.Add(attendance);
            }

            var wasAttended = attendance.Attended;
            Record(attendance, source, personRows, session, liveEvent.AttendanceThresholdPercent, now);
            if (attendance.Attended && !wasAttended)
            {
                new SessionAttended(session.NetworkId, session.Id, userId, RomeTime.DateOf(session.StartsAt), session.Hours, title).AddTo(db, now);
            }
        }

        var problemText = problems.Count == 0 ? null : Truncate(string.Join('\n', problems), 20000);
        var import = AttendanceImport.Create(session.NetworkId, session.Id, source, origin is null ? null : Truncate(origin, 300), importedBy,
            rows.Count + malformed.Count, byPerson.Count, unknown, malformed.Count, problemText, now);
        db.Imports.Add(import);
        session.AttendanceImported(now);
        if (importedBy is not null)
        {
            audit.RecordBy(db, importedBy, session.NetworkId, "events.attendance-imported", nameof(EventSession), session.Id,
                $"{source}: {byPerson.Count} persone, {unknown} sconosciuti, {malformed.Count} righe non valide");
        }

        await db.SaveChangesAsync(ct);
        return new AttendanceImportResult(import.Id, import.Rows, import.Matched, unknown, malformed.Count, problems);
    }

    private static void Record(Domain.Attendance attendance, AttendanceSource source, List<ParticipantFigures> rows, EventSession session, int thresholdPercent,
        DateTime now)
    {
        var minutes = Math.Min(rows.Sum(r => Math.Max(0, r.MinutesPresent ?? 0)), session.DurationMinutes + OvertimeMinutes);
        var attended = session.DurationMinutes > 0 && minutes * 100L >= (long)thresholdPercent * session.DurationMinutes;
        attendance.Record(source, rows.Min(r => r.JoinedAt), rows.Max(r => r.LeftAt), minutes, Sum(rows, r => r.WebcamMinutes), Sum(rows, r => r.TalkSeconds),
            Sum(rows, r => r.ChatMessages), Sum(rows, r => r.PollAnswers), attended, now);
    }

    /// <summary>Null when no row gives the figure: "not reported" is not "zero".</summary>
    private static int? Sum(List<ParticipantFigures> rows, Func<ParticipantFigures, int?> figure) =>
        rows.Any(r => figure(r) is not null) ? rows.Sum(r => figure(r) ?? 0) : null;

    private static string LedgerTitle(LiveEvent liveEvent, EventSession session) =>
        session.Title is { } sessionTitle ? $"{liveEvent.Title} – {sessionTitle}" : session.Number > 1 ? $"{liveEvent.Title} – sessione {session.Number}" : liveEvent.Title;

    private static string Describe(ParticipantFigures row) => row.Email ?? row.Name ?? row.UserId?.ToString() ?? "?";

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;
}
