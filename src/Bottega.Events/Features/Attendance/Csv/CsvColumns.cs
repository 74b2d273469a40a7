namespace Bottega.Events.Features.Attendance.Csv;

/// <summary>Which column of a provider's export holds each figure (indexes into a data row; -1 when the export lacks it).</summary>
internal sealed record CsvColumns(int Email, int Name, int FirstName, int LastName, int Joined, int Left, int Minutes, int WebcamMinutes, int TalkSeconds,
    int ChatMessages, int PollAnswers);
