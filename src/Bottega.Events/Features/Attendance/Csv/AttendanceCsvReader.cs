using Bottega.Platform.Localization;
using CsvHelper;

namespace Bottega.Events.Features.Attendance.Csv;

/// <summary>
/// Reads a provider's attendance export. The header row may follow a preamble (Zoom's meeting details, Teams' summary),
/// so the first row matching a known format is the header; the data ends at the first blank row after it (Teams'
/// later sections). The separator is whichever of tab, semicolon and comma makes a known header.
/// </summary>
internal static class AttendanceCsvReader
{
    private const int HeaderSearchRows = 40;
    private static readonly char[] Separators = ['\t', ';', ','];

    public static CsvReadResult Read(string text, DateTime sessionStartsUtc)
    {
        foreach (var separator in Separators)
        {
            var header = FindHeader(text, separator);
            if (header is not null)
            {
                return ReadRows(text, separator, header.Value.Format, header.Value.Columns, header.Value.Row, RomeTime.DateOf(sessionStartsUtc));
            }
        }

        return new CsvReadResult(null, [], []);
    }

    private static (CsvFormat Format, CsvColumns Columns, int Row)? FindHeader(string text, char separator)
    {
        using var reader = Reader(text, separator);
        for (var i = 0; i < HeaderSearchRows && reader.Read(); i++)
        {
            var cells = Cells(reader).Select(c => c.Trim().Trim('\uFEFF')).ToList();
            foreach (var format in CsvFormats.All)
            {
                if (format.Match(cells) is { } columns)
                {
                    return (format, columns, (int)reader.LineNumber);
                }
            }
        }

        return null;
    }

    private static CsvReadResult ReadRows(string text, char separator, CsvFormat format, CsvColumns columns, int headerRow, DateOnly sessionDay)
    {
        var rows = new List<ParticipantFigures>();
        var malformed = new List<string>();
        using var reader = Reader(text, separator);
        var seenData = false;
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (line <= headerRow)
            {
                continue;
            }

            var cells = Cells(reader);
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                if (seenData)
                {
                    break;
                }

                continue;
            }

            seenData = true;
            var row = new CsvRow(cells, line, format.MonthFirst, sessionDay);
            if (row.Read(columns) is { } figures)
            {
                rows.Add(figures);
            }
            else
            {
                malformed.Add(row.Problem!);
            }
        }

        return new CsvReadResult(format.Name, rows, malformed);
    }

    private static CsvReader Reader(string text, char separator) =>
        CsvReader.Create(new StringReader(text), new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
        }, leaveOpen: false);

    private static string[] Cells(CsvReader reader)
    {
        var cells = new string[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = reader.GetString(i);
        }

        return cells;
    }
}
