namespace Bottega.Credentials.Images;

/// <summary>Fits a name into a few centred lines: the largest size at which it wraps within the width and line count.</summary>
internal static class BadgeTextLayout
{
    public const float LineHeight = 1.15f;

    /// <summary>
    /// The largest size at which whole words wrap within <paramref name="maxWidth"/>, <paramref name="maxLines"/> and
    /// <paramref name="maxHeight"/>; past the smallest size, long words are broken and the last line cut with an ellipsis.
    /// </summary>
    public static (IReadOnlyList<string> Lines, float Size) Fit(string text, bool bold, float[] sizes, float maxWidth, float maxHeight, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var size in sizes)
        {
            var lines = Wrap(words, bold, size, maxWidth, breakWords: false);
            if (lines is not null && lines.Count <= Math.Min(maxLines, LinesWithin(maxHeight, size)))
            {
                return (lines, size);
            }
        }

        var smallest = sizes[^1];
        var room = Math.Max(1, Math.Min(maxLines, LinesWithin(maxHeight, smallest)));
        var wrapped = Wrap(words, bold, smallest, maxWidth, breakWords: true)!;
        var kept = wrapped.Take(room).ToList();
        if (wrapped.Count > room)
        {
            kept[^1] = Truncate(kept[^1] + " " + wrapped[room], bold, smallest, maxWidth);
        }

        return (kept, smallest);
    }

    /// <summary><paramref name="text"/> cut with an ellipsis so that it fits <paramref name="maxWidth"/>.</summary>
    public static string Truncate(string text, bool bold, float size, float maxWidth)
    {
        if (BadgeFonts.Measure(text, bold, size) <= maxWidth)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && BadgeFonts.Measure(text[..cut].TrimEnd() + "…", bold, size) > maxWidth)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    private static int LinesWithin(float height, float size) => (int)(height / (size * LineHeight));

    /// <summary>Greedy wrapping; null when a word is wider than a line and <paramref name="breakWords"/> is off.</summary>
    private static List<string>? Wrap(string[] words, bool bold, float size, float maxWidth, bool breakWords)
    {
        if (!breakWords && words.Any(w => BadgeFonts.Measure(w, bold, size) > maxWidth))
        {
            return null;
        }

        var lines = new List<string>();
        var current = "";
        foreach (var word in words.SelectMany(w => Split(w, bold, size, maxWidth)))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && BadgeFonts.Measure(candidate, bold, size) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>A single word wider than the line is broken into pieces that fit.</summary>
    private static IEnumerable<string> Split(string word, bool bold, float size, float maxWidth)
    {
        var rest = word;
        while (BadgeFonts.Measure(rest, bold, size) > maxWidth && rest.Length > 1)
        {
            var cut = rest.Length - 1;
            while (cut > 1 && BadgeFonts.Measure(rest[..cut], bold, size) > maxWidth)
            {
                cut--;
            }

            yield return rest[..cut];
            rest = rest[cut..];
        }

        yield return rest;
    }
}
