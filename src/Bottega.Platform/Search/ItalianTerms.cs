using System.Globalization;
using Bottega.Platform.Text;
using Lucene.Net.Analysis.It;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Bottega.Platform.Search;

/// <summary>
/// How text becomes index terms, the same for documents, queries and highlighting: words are runs of letters and
/// digits; each is folded like <see cref="SearchText"/> (lower case, no accents), Italian stop words are dropped, and
/// the rest is reduced to its Snowball Italian stem ("formazione", "formazioni" → "formazion"). Folding comes first so
/// "qualità" and "qualita" give the same stem whichever of the two a person types.
/// </summary>
public static class ItalianTerms
{
    /// <summary>Longer words are cut: nothing real is longer, and hostile input stays cheap.</summary>
    internal const int MaxWordLength = 64;

    /// <summary>A query uses its first words only.</summary>
    internal const int MaxQueryWords = 16;

    // Snowball's Italian stop words (through Lucene) folded like the text, plus the elided articles and prepositions
    // that the apostrophe leaves behind ("dell'ente" → "dell", "ente").
    private static readonly HashSet<string> StopWords = LoadStopWords();

    [ThreadStatic]
    private static ItalianStemmer? stemmer;

    /// <summary>The Snowball Italian stem of a word, after folding case and accents.</summary>
    public static string Stem(string word)
    {
        var folded = Fold(word);
        if (folded.Length == 0)
        {
            return "";
        }

        var snowball = stemmer ??= new ItalianStemmer();
        snowball.SetCurrent(folded);
        snowball.Stem();
        return snowball.Current;
    }

    /// <summary>The stems of the words of a text, in order, stop words left out.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        foreach (var (start, length) in Words(text))
        {
            if (Term(text.AsSpan(start, length)) is { } term)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>The folded words of a query that are not stop words, without repeats, at most <see cref="MaxQueryWords"/>.</summary>
    internal static IReadOnlyList<string> QueryWords(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        foreach (var (start, length) in Words(text))
        {
            var folded = Fold(text.AsSpan(start, length));
            if (folded.Length > 0 && !StopWords.Contains(folded) && !words.Contains(folded))
            {
                words.Add(folded);
                if (words.Count == MaxQueryWords)
                {
                    break;
                }
            }
        }

        return words;
    }

    /// <summary>The term a word is indexed under, or null for a stop word.</summary>
    internal static string? Term(ReadOnlySpan<char> word)
    {
        var folded = Fold(word);
        return folded.Length == 0 || StopWords.Contains(folded) ? null : Stem(folded);
    }

    /// <summary>Start and length of every word: letters and digits, with any combining accents they carry.</summary>
    internal static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWordChar(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }

        if (start >= 0)
        {
            yield return (start, text.Length - start);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string Fold(ReadOnlySpan<char> word)
    {
        var folded = SearchText.Normalize(word.ToString());
        return folded.Length > MaxWordLength ? folded[..MaxWordLength] : folded;
    }

    private static HashSet<string> LoadStopWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal)
        {
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d",
        };
        foreach (var word in ItalianAnalyzer.DefaultStopSet)
        {
            words.Add(SearchText.Normalize(word.ToString()));
        }

        return words;
    }
}
