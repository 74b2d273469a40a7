using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Bottega.Learning.Features.Staff;

/// <summary>
/// The staff report as files: CSV the way Italian Excel opens it (UTF-8 with BOM, ';' between fields, decimal comma) and
/// XLSX. Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
/// </summary>
public static class StaffExport
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static IReadOnlyList<string> Headers(int year) =>
        ["Nome", "E-mail", $"Ore {year.ToString(CultureInfo.InvariantCulture)}", "Obiettivo", "Percentuale", "Stato", "Corsi assegnati", "In corso", "Completati", "Scaduti"];

    public static string StatusLabel(HoursStatus status) => status switch
    {
        HoursStatus.Reached => "Obiettivo raggiunto",
        HoursStatus.OnTrack => "In linea",
        HoursStatus.Behind => "In ritardo",
        _ => status.ToString(),
    };

    public static byte[] Csv(StaffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendJoin(';', Headers(report.Year).Select(Field)).Append("\r\n");
        foreach (var r in report.Rows)
        {
            text.AppendJoin(';', Cells(r).Select(c => Field(c switch
            {
                decimal d => d.ToString("0.##", Italian),
                int i => i.ToString(CultureInfo.InvariantCulture),
                _ => c.ToString() ?? "",
            }))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static async Task<byte[]> XlsxAsync(StaffReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var headers = Headers(report.Year);
        var rows = report.Rows.Select(r =>
        {
            var cells = Cells(r);
            var row = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                row[headers[i]] = cells[i] is string s ? Safe(s) : cells[i];
            }

            return row;
        }).ToList();
        using var output = new MemoryStream();
        await output.SaveAsAsync(rows, sheetName: "Personale", cancellationToken: cancellationToken);
        return output.ToArray();
    }

    private static object[] Cells(StaffRow r) =>
        [r.Name, r.Email, r.Hours, r.Target, r.Percent, StatusLabel(r.Status), r.Assigned, r.InProgress, r.Completed, r.Overdue];

    private static string Safe(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    private static string Field(string value)
    {
        value = Safe(value);
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
