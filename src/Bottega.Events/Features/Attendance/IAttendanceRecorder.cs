using Bottega.Events.Domain;

namespace Bottega.Events.Features.Attendance;

/// <summary>
/// One participant's figures as a provider reports them. A person may appear in several rows (left and joined again);
/// the recorder adds them up. <see cref="UserId"/> is known when the provider carries Bottega's id (BigBlueButton's
/// external user id); otherwise the person is matched by <see cref="Email"/>.
/// </summary>
internal sealed record ParticipantFigures(int RowNumber, Guid? UserId, string? Email, string? Name, DateTime? JoinedAt, DateTime? LeftAt, int? MinutesPresent,
    int? WebcamMinutes, int? TalkSeconds, int? ChatMessages, int? PollAnswers);

/// <summary>What an import did: rows read, people matched, rows refused with the reason (row number first).</summary>
internal sealed record AttendanceImportResult(Guid ImportId, int Rows, int Matched, int Unknown, int Malformed, IReadOnlyList<string> Problems);

/// <summary>
/// Records a session's attendance from a provider's figures: one attendance row per person (an import repeated changes
/// nothing), the attended flag by the event's threshold, the training hours and the live-session objects of the linked
/// course for those who attended, and an <see cref="AttendanceImport"/> with what was refused.
/// </summary>
internal interface IAttendanceRecorder
{
    /// <param name="sessionId">A session of the current network.</param>
    /// <param name="source">Where the figures come from.</param>
    /// <param name="rows">The provider's rows; rows the parser found malformed are not passed but counted in <paramref name="malformed"/>.</param>
    /// <param name="malformed">Rows the parser refused, with the reason, reported with the import.</param>
    /// <param name="origin">The file name or the provider's report id.</param>
    /// <param name="importedBy">The organizer, or null for a provider's callback.</param>
    /// <param name="cancellationToken">Cancels the import (nothing is written).</param>
    Task<AttendanceImportResult> RecordAsync(Guid sessionId, AttendanceSource source, IReadOnlyList<ParticipantFigures> rows, IReadOnlyList<string> malformed,
        string? origin, Guid? importedBy, CancellationToken cancellationToken);
}
