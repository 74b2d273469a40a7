using System.Net;
using System.Text;

namespace Bottega.Community.Features.Posts;

/// <summary>What changed between two versions of a text, line by line (longest common subsequence), as encoded HTML.</summary>
internal static class TextDiff
{
    private const int MaxCells = 1_000_000;

    public static string Html(string before, string after)
    {
        var a = before.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var b = after.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        if ((long)a.Length * b.Length > MaxCells)
        {
            return "";
        }

        // lcs[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var html = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Line(html, "span", a[x]);
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Line(html, "ins", b[y++]);
            }
            else
            {
                Line(html, "del", a[x++]);
            }
        }

        return html.ToString();
    }

    private static void Line(StringBuilder html, string tag, string text) =>
        html.Append('<').Append(tag).Append(" class=\"d-block\">").Append(text.Length == 0 ? "&nbsp;" : WebUtility.HtmlEncode(text)).Append("</").Append(tag).Append('>');
}
