using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Bottega.Library.Features.Extraction;

/// <summary>The sheet names and cell values of an XLSX (shared strings resolved, inline strings, numbers as written).</summary>
internal static class SpreadsheetText
{
    public static ExtractedText Read(Stream content, OpenSettings settings, CancellationToken ct)
    {
        using var document = SpreadsheetDocument.Open(content, false, settings);
        var text = new TextCollector();
        if (document.WorkbookPart is not { } workbook)
        {
            return new ExtractedText("", null);
        }

        var shared = SharedStrings(workbook.SharedStringTablePart, ct);
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<S.Sheet>() ?? [])
        {
            text.Append(sheet.Name?.Value);
            text.EndLine();
            if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
            {
                Cells(part, shared, text, ct);
            }

            if (text.IsFull)
            {
                break;
            }
        }

        return new ExtractedText(text.ToString(), null);
    }

    private static List<string> SharedStrings(SharedStringTablePart? part, CancellationToken ct)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(S.SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()?.InnerText ?? "");
                if (strings.Count % 4096 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
            }
        }

        return strings;
    }

    private static void Cells(WorksheetPart part, List<string> shared, TextCollector text, CancellationToken ct)
    {
        using var reader = OpenXmlReader.Create(part);
        var count = 0;
        while (reader.Read() && !text.IsFull)
        {
            if (reader.ElementType == typeof(S.Row) && reader.IsEndElement)
            {
                text.EndLine();
            }
            else if (reader.ElementType == typeof(S.Cell) && reader.IsStartElement && reader.LoadCurrentElement() is S.Cell cell)
            {
                if (++count % 4096 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var value = ValueOf(cell, shared);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    text.Append(value);
                    text.Append("\t");
                }
            }
        }
    }

    private static string? ValueOf(S.Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == S.CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == S.CellValues.SharedString)
        {
            return int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count
                ? shared[i]
                : null;
        }

        return raw;
    }
}
