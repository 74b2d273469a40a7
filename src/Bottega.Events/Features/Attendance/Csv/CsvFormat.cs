namespace Bottega.Events.Features.Attendance.Csv;

/// <summary>Which column of a provider's export holds each figure (indexes into a data row; -1 when the export lacks it).</summary>
internal sealed record CsvColumns(int Email, int Name, int FirstName, int LastName, int Joined, int Left, int Minutes, int WebcamMinutes, int TalkSeconds,
    int ChatMessages, int PollAnswers);

/// <summary>
/// A provider's export: its name, how its header is recognised and how its times are written. <see cref="MonthFirst"/>:
/// the provider writes dates the American way (Zoom, Teams); the others day first.
/// </summary>
internal sealed record CsvFormat(string Name, bool MonthFirst, Func<IReadOnlyList<string>, CsvColumns?> Match);
