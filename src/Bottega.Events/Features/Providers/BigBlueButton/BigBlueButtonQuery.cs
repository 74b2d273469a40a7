namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>The query string of a call, encoded once: the checksum is computed over exactly the text that is sent.</summary>
internal static class BigBlueButtonQuery
{
    public static string Encode(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

    /// <summary>The raw query of a request without its checksum parameter (what a server verifies), and the checksum.</summary>
    public static (string Query, string? Checksum) SplitChecksum(string rawQuery)
    {
        var query = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        string? checksum = null;
        var kept = new List<string>();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("checksum=", StringComparison.Ordinal))
            {
                checksum = Uri.UnescapeDataString(part["checksum=".Length..]);
            }
            else
            {
                kept.Add(part);
            }
        }

        return (string.Join('&', kept), checksum);
    }
}
