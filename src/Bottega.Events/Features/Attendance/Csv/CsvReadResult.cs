namespace Bottega.Events.Features.Attendance.Csv;

/// <summary>What a CSV held: the provider recognised (null: no known header), the usable rows and the refused ones (row number and reason).</summary>
internal sealed record CsvReadResult(string? Format, IReadOnlyList<ParticipantFigures> Rows, IReadOnlyList<string> Malformed);
