namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>The query string of a call, encoded once: the checksum is computed over exactly the text that is sent.</summary>
internal static class BigBlueButtonQuery
{
    public static string Encode(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
}
