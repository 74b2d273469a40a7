using System.Text;
using System.Text.RegularExpressions;
using Bottega.Organizations.Contracts;

namespace Bottega.Organizations.Territory;

/// <summary>
/// Reads a semicolon-separated list of municipalities whose columns are named as in ISTAT's
/// "Elenco dei comuni italiani" (UTF-8 or the Latin-1 ISTAT publishes). Every problem is reported with its line.
/// </summary>
internal static partial class TerritoryCsvReader
{
    private const int MaxErrors = 20;

    private static readonly (string Key, string HeaderPrefix)[] Columns =
    [
        ("region", "Codice Regione"),
        ("regionName", "Denominazione Regione"),
        ("province", "Codice dell'Unità territoriale sovracomunale"),
        ("provinceName", "Denominazione dell'Unità territoriale sovracomunale"),
        ("provinceKind", "Tipologia di Unità territoriale sovracomunale"),
        ("abbreviation", "Sigla automobilistica"),
        ("code", "Codice Comune formato alfanumerico"),
        ("name", "Denominazione in italiano"),
    ];

    public static IReadOnlyList<TerritoryRow> Read(byte[] content)
    {
        var lines = Decode(content).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new TerritoryImportException("The file is empty.");
        }

        var index = MapHeader(SplitLine(lines[0]));
        var rows = new List<TerritoryRow>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Count && errors.Count < MaxErrors; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var row = ParseRow(i + 1, SplitLine(lines[i]), index, errors);
            if (row is not null && !seen.Add(row.MunicipalityCode))
            {
                errors.Add($"line {i + 1}: municipality code {row.MunicipalityCode} appears twice");
            }
            else if (row is not null)
            {
                rows.Add(row);
            }
        }

        if (errors.Count > 0)
        {
            throw new TerritoryImportException("The territory file has errors: " + string.Join("; ", errors));
        }

        return rows.Count == 0 ? throw new TerritoryImportException("The file lists no municipality.") : rows;
    }

    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }

    private static Dictionary<string, int> MapHeader(List<string> header)
    {
        var normalized = header.Select(h => Whitespace().Replace(h, " ").Trim()).ToList();
        var index = new Dictionary<string, int>();
        foreach (var (key, prefix) in Columns)
        {
            var at = normalized.FindIndex(h => h.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                throw new TerritoryImportException($"Missing column \"{prefix}\" in the header.");
            }

            index[key] = at;
        }

        return index;
    }

    private static TerritoryRow? ParseRow(int line, List<string> cells, Dictionary<string, int> index, List<string> errors)
    {
        string Cell(string key) => index[key] < cells.Count ? cells[index[key]].Trim() : "";
        var region = Cell("region");
        var province = Cell("province");
        var code = Cell("code");
        var name = Cell("name");
        var problem =
            !Digits(region, 2) ? $"region code \"{region}\" is not 2 digits" :
            !Digits(province, 3) ? $"province code \"{province}\" is not 3 digits" :
            !Digits(code, 6) ? $"municipality code \"{code}\" is not 6 digits" :
            name.Length == 0 ? "the municipality has no name" :
            Cell("regionName").Length == 0 || Cell("provinceName").Length == 0 ? "region or province name is missing" : null;
        if (problem is not null)
        {
            errors.Add($"line {line}: {problem}");
            return null;
        }

        var kind = Cell("provinceKind") == "3" ? OrganizationKind.MetropolitanCity : OrganizationKind.Province;
        return new TerritoryRow(line, region, Cell("regionName"), province, Cell("provinceName"), kind, Cell("abbreviation"), code, name);
    }

    private static bool Digits(string value, int length) => value.Length == length && value.All(char.IsAsciiDigit);

    private static List<string> SplitLine(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
