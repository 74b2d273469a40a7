using System.Text;

namespace Bottega.Library.Features.Documents;

/// <summary>Tags as stored: lowercase, words joined by hyphens, at most 50 characters and 15 per document.</summary>
internal static class DocumentTags
{
    public const int MaxTags = 15;
    public const int MaxLength = 50;

    public static IReadOnlyList<string> Parse(string? text) =>
        [.. (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Fold).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxTags)];

    public static string Fold(string tag)
    {
        var folded = new StringBuilder();
        foreach (var c in tag.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(c);
            }
            else if (folded.Length > 0 && folded[^1] != '-')
            {
                folded.Append('-');
            }
        }

        var result = folded.ToString().Trim('-');
        return result.Length > MaxLength ? result[..MaxLength].TrimEnd('-') : result;
    }
}
