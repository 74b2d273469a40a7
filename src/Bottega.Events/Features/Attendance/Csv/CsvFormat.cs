namespace Bottega.Events.Features.Attendance.Csv;

/// <summary>
/// A provider's export: its name, how its header is recognised and how its times are written. <see cref="MonthFirst"/>:
/// the provider writes dates the American way (Zoom, Teams); the others day first.
/// </summary>
internal sealed record CsvFormat(string Name, bool MonthFirst, Func<IReadOnlyList<string>, CsvColumns?> Match);
