using Bottega.Events.Domain;

namespace Bottega.Events.Features.Attendance;

/// <summary>One past import of a session's attendance.</summary>
public sealed record ImportHistoryItem(DateTime ImportedAt, AttendanceSource Source, string? Origin, string? ImportedBy, int Rows, int Matched, int Unknown,
    int Malformed, IReadOnlyList<string> Problems);
