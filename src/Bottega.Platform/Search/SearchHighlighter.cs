using System.Text;

namespace Bottega.Platform.Search;

/// <summary>
/// Marks the words of a text that a search matched, by the same rule the index uses: a word is marked when its Italian
/// stem is a query word's stem (or, for the query's last word, starts with it). The result is HTML: the text is
/// encoded and only the <c>&lt;mark&gt;</c> elements are markup, so it can be written with <c>Html.Raw</c>.
/// </summary>
public static class SearchHighlighter
{
    private const string Ellipsis = "…";

    public static string Highlight(string? text, string? query)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 32);
        Render(builder, text, 0, text.Length, QueryStems.Of(query));
        return builder.ToString();
    }

    /// <summary>
    /// About <paramref name="maxChars"/> characters of the text around its first matching word (the beginning when
    /// none matches), cut at spaces, with "…" where it was cut, highlighted like <see cref="Highlight"/>.
    /// </summary>
    public static string Snippet(string? text, string? query, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChars);
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var stems = QueryStems.Of(query);
        if (text.Length <= maxChars)
        {
            return Highlight(text, query);
        }

        var first = ItalianTerms.Words(text).Where(w => stems.Matches(text.AsSpan(w.Start, w.Length))).Select(w => w.Start).DefaultIfEmpty(0).First();
        var start = Math.Max(0, Math.Min(first - (maxChars / 3), text.Length - maxChars));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space < 0 || space >= first ? start : space + 1;
        }

        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space <= start ? end : space;
        }

        var builder = new StringBuilder(maxChars + 32);
        builder.Append(start > 0 ? Ellipsis : "");
        Render(builder, text, start, end, stems);
        builder.Append(end < text.Length ? Ellipsis : "");
        return builder.ToString();
    }

    private static void Render(StringBuilder builder, string text, int start, int end, QueryStems stems)
    {
        var position = start;
        foreach (var (wordStart, length) in ItalianTerms.Words(text[start..end]))
        {
            var at = start + wordStart;
            Encode(builder, text.AsSpan(position, at - position));
            var word = text.AsSpan(at, length);
            if (stems.Matches(word))
            {
                builder.Append("<mark>");
                Encode(builder, word);
                builder.Append("</mark>");
            }
            else
            {
                Encode(builder, word);
            }

            position = at + length;
        }

        Encode(builder, text.AsSpan(position, end - position));
    }

    private static void Encode(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is not null)
            {
                builder.Append(text[from..i]).Append(entity);
                from = i + 1;
            }
        }

        builder.Append(text[from..]);
    }

    private sealed class QueryStems(HashSet<string> whole, string? prefix)
    {
        public static QueryStems Of(string? query)
        {
            var stems = ItalianTerms.QueryWords(query).Select(ItalianTerms.Stem).Where(s => s.Length > 0).ToList();
            return new QueryStems([.. stems], stems.Count == 0 ? null : stems[^1]);
        }

        public bool Matches(ReadOnlySpan<char> word) =>
            ItalianTerms.Term(word) is { } term && (whole.Contains(term) || (prefix is not null && term.StartsWith(prefix, StringComparison.Ordinal)));
    }
}
