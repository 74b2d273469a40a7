using System.Text;
using System.Text.RegularExpressions;

namespace Bottega.Community.Features.Mentions;

/// <summary>A mention as written: <c>@[Nome Cognome](userId)</c>, the form the editor's people picker inserts.</summary>
internal sealed record MentionToken(string Name, Guid UserId);

/// <summary>
/// Mentions carry the person's id, so two people with the same name or a name with spaces are never confused. The
/// written name is only a hint for the author: the page shows the name the directory holds.
/// </summary>
internal static partial class MentionTokens
{
    public static IReadOnlyList<MentionToken> Parse(string markdown) =>
        Pattern().Matches(markdown).Select(m => new MentionToken(m.Groups["name"].Value.Trim(), Guid.Parse(m.Groups["id"].Value)))
            .DistinctBy(t => t.UserId).ToList();

    public static string Token(string name, Guid userId) => $"@[{name.Replace('[', '(').Replace(']', ')')}]({userId})";

    /// <summary>Replaces each mention with a Markdown link to the person's community profile (unknown ids: the written name, as plain text).</summary>
    public static string ToLinks(string markdown, IReadOnlyDictionary<Guid, string> names, string networkSlug) =>
        Pattern().Replace(markdown, m =>
        {
            var id = Guid.Parse(m.Groups["id"].Value);
            return names.TryGetValue(id, out var name)
                ? $"[@{Escape(name)}](/reti/{networkSlug}/comunita/persone/{id})"
                : "@" + Escape(m.Groups["name"].Value);
        });

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if ("\\`*_{}[]()<>#+-.!|~".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"@\[(?<name>[^\[\]\r\n]{1,100})\]\((?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
