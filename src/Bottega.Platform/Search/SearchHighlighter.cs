namespace Bottega.Platform.Search;

public static class SearchHighlighter
{
    public static string Snippet(string text, string query, int maxChars) => System.Net.WebUtility.HtmlEncode(text.Length > maxChars ? text[..maxChars] : text);
}
