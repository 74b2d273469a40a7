using System.Text;
using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Events.Features.Attendance.Csv;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bottega.Events.Features.Attendance;

/// <summary>The organizer's attendance work on a session: upload a provider's CSV, mark an in-person register, see past imports.</summary>
public sealed class AttendanceImports
{
    private const int HistoryShown = 20;

    private readonly EventsDbContext db;
    private readonly IAttendanceRecorder recorder;
    private readonly IPersonNames names;
    private readonly EventsOptions options;

    internal AttendanceImports(EventsDbContext db, IAttendanceRecorder recorder, IPersonNames names, IOptions<EventsOptions> options)
    {
        this.db = db;
        this.recorder = recorder;
        this.names = names;
        this.options = options.Value;
    }

    public long MaxCsvBytes => options.MaxAttendanceCsvMegabytes * 1024L * 1024L;

    /// <summary>The session of the event in the current network; null when either is not there.</summary>
    public async Task<AttendanceSessionView?> FindSessionAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId && s.EventId == eventId)
            .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new AttendanceSessionView(e.Id, e.Title, s.Id, s.Number, s.Title, s.StartsAt, s.DurationMinutes,
                s.Provider, e.AttendanceThresholdPercent, e.EngagementDetailPurpose))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Reads and records a provider's export. Nothing is written when the file is too big, not a known format, or has no usable row.</summary>
    public async Task<ImportSummary> ImportCsvAsync(AttendanceSessionView session, Stream content, long length, string fileName, Guid importedBy,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (length > MaxCsvBytes)
        {
            return ImportSummary.Failed("Il file supera il limite di {0} MB.", []);
        }

        if (length == 0)
        {
            return ImportSummary.Failed("Il file è vuoto.", []);
        }

        string text;
        using (var reader = new StreamReader(content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
        {
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        var read = AttendanceCsvReader.Read(text, session.StartsAt);
        if (read.Format is null)
        {
            return ImportSummary.Failed("Formato non riconosciuto: la prima riga deve essere l'intestazione di uno dei formati accettati.", CsvFormats.Described);
        }

        if (read.Rows.Count == 0)
        {
            return ImportSummary.Failed("Nessuna riga utilizzabile: non è stato registrato nulla.", read.Malformed);
        }

        var result = await recorder.RecordAsync(session.SessionId, AttendanceSource.Csv, read.Rows, read.Malformed, Path.GetFileName(fileName), importedBy,
            cancellationToken);
        return new ImportSummary(null, result.Problems, read.Format, result.Rows, result.Matched, result.Unknown, result.Malformed);
    }

    /// <summary>Marks confirmed registrants present for the whole session (an in-person register); ids of anyone else are ignored.</summary>
    public async Task<ImportSummary> MarkPresentAsync(AttendanceSessionView session, IReadOnlyCollection<Guid> userIds, Guid markedBy,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(userIds);
        if (session.Provider != MeetingProvider.None)
        {
            // Online sessions take their figures from the provider; a hand-made register would overwrite them.
            return ImportSummary.Failed("Il registro a mano vale solo per le sessioni in presenza.", []);
        }

        var confirmed = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == session.EventId && r.Status == RegistrationStatus.Confirmed && userIds.Contains(r.UserId))
            .Select(r => r.UserId).ToListAsync(cancellationToken);
        if (confirmed.Count == 0)
        {
            return ImportSummary.Failed("Nessun iscritto selezionato.", []);
        }

        var endsAt = session.StartsAt.AddMinutes(session.DurationMinutes);
        var rows = confirmed.Select((id, i) => new ParticipantFigures(i + 1, id, null, null, session.StartsAt, endsAt, session.DurationMinutes, null, null, null, null))
            .ToList();
        var result = await recorder.RecordAsync(session.SessionId, AttendanceSource.Manual, rows, [], "registro", markedBy, cancellationToken);
        return new ImportSummary(null, result.Problems, null, result.Rows, result.Matched, result.Unknown, result.Malformed);
    }

    /// <summary>The confirmed registrants by name, with whether they already count as attended.</summary>
    public async Task<IReadOnlyList<RegistrantPresence>> RegisterAsync(AttendanceSessionView session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var registrants = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == session.EventId && r.Status == RegistrationStatus.Confirmed)
            .Select(r => new { r.UserId, Attended = db.Attendances.Any(a => a.SessionId == session.SessionId && a.UserId == r.UserId && a.Attended) })
            .ToListAsync(cancellationToken);
        var named = await names.GetAsync(registrants.Select(r => r.UserId), cancellationToken);
        return registrants.Select(r => new RegistrantPresence(r.UserId, named.GetValueOrDefault(r.UserId, "—"), r.Attended))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The latest imports of the session, newest first.</summary>
    public async Task<IReadOnlyList<ImportHistoryItem>> HistoryAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var imports = await db.Imports.AsNoTracking().Where(i => i.SessionId == sessionId).OrderByDescending(i => i.ImportedAt).Take(HistoryShown)
            .ToListAsync(cancellationToken);
        var named = await names.GetAsync(imports.Where(i => i.ImportedBy is not null).Select(i => i.ImportedBy!.Value).Distinct(), cancellationToken);
        return imports.Select(i => new ImportHistoryItem(i.ImportedAt, i.Source, i.Origin, i.ImportedBy is { } by ? named.GetValueOrDefault(by) : null, i.Rows,
            i.Matched, i.Unknown, i.Malformed, i.Problems?.Split('\n') ?? [])).ToList();
    }
}
