using System.Net.Mail;
using System.Text;

namespace Bottega.Credentials.Features.Administration;

/// <summary>A recipient as written by the administrator, with its line in the file (1 for a single address).</summary>
public sealed record RecipientLine(int Line, string Address);

/// <summary>
/// Reads the e-mail addresses of a CSV file: the first column, separated by comma or semicolon, optionally quoted; a first
/// line that is not an address is a header. Limits are checked before and while reading, never after.
/// </summary>
internal static class RecipientCsv
{
    public const long MaxBytes = 1024 * 1024;
    public const int MaxLines = 5000;

    public static (IReadOnlyList<RecipientLine>? Lines, string? Error) Read(Stream content, long length)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (length <= 0)
        {
            return (null, "Il file è vuoto.");
        }

        if (length > MaxBytes)
        {
            return (null, "Il file supera 1 MB.");
        }

        var lines = new List<RecipientLine>();
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true,
            leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var cell = FirstCell(line);
            if (cell.Length == 0 || (number == 1 && !cell.Contains('@', StringComparison.Ordinal)))
            {
                continue;
            }

            if (lines.Count == MaxLines)
            {
                return (null, "Il file supera le 5.000 righe.");
            }

            lines.Add(new RecipientLine(number, cell));
        }

        return lines.Count == 0 ? (null, "Il file non contiene indirizzi e-mail.") : (lines, null);
    }

    /// <summary>The address in a canonical form (trimmed, lower case) when it is a plain valid address, otherwise null.</summary>
    public static string? Normalize(string address)
    {
        var trimmed = address.Trim();
        return trimmed.Length is > 0 and <= 254 && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed
            && parsed.Host.Contains('.', StringComparison.Ordinal)
            ? trimmed.ToLowerInvariant()
            : null;
    }

    private static string FirstCell(string line)
    {
        var end = line.IndexOfAny([',', ';']);
        var cell = (end < 0 ? line : line[..end]).Trim();
        return cell.Length >= 2 && cell[0] == '"' && cell[^1] == '"' ? cell[1..^1].Trim() : cell;
    }
}
