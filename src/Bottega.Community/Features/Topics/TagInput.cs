using System.Text;
using Bottega.Community.Features.Posts;
using Bottega.Platform.Text;

namespace Bottega.Community.Features.Topics;

/// <summary>A tag as typed ("Appalti pubblici") and its slug ("appalti-pubblici").</summary>
internal sealed record TagName(string Slug, string Name);

/// <summary>Reads the tags field: names separated by commas, at most <see cref="PostLimits.MaxTags"/>.</summary>
internal static class TagInput
{
    public static (IReadOnlyList<TagName> Tags, PostingResult? Refusal) Parse(string? text)
    {
        var tags = (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => new TagName(Slug(name), name)).Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
        if (tags.Count > PostLimits.MaxTags)
        {
            return ([], PostingResult.Refuse("Puoi indicare al massimo {0} etichette.", PostLimits.MaxTags));
        }

        var tooLong = tags.FirstOrDefault(t => t.Name.Length > PostLimits.MaxTagLength || t.Slug.Length > PostLimits.MaxTagLength);
        return tooLong is null ? (tags, null) : ([], PostingResult.Refuse("L'etichetta «{0}» è troppo lunga: al massimo {1} caratteri.", tooLong.Name, PostLimits.MaxTagLength));
    }

    /// <summary>Lower case letters and digits without accents, words joined by single hyphens.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in SearchText.Normalize(name))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
