namespace Bottega.Credentials.Baking;

internal static class CompactJws
{
    /// <summary>True for three non-empty base64url segments separated by dots (header.payload.signature).</summary>
    public static bool Looks(string text)
    {
        var parts = text.Trim().Split('.');
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(IsBase64Url));
    }

    private static bool IsBase64Url(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
