using System.Text.RegularExpressions;

namespace Bottega.Library.Features.Practices;

/// <summary>Tags as people type them (comma separated) folded to one spelling: lower case, single spaces, no duplicates.</summary>
internal static partial class PracticeTags
{
    public const int MaxTags = 10;

    public const int MaxLength = 50;

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Fold)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static string Fold(string tag) => Spaces().Replace(tag.Trim().TrimStart('#'), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
