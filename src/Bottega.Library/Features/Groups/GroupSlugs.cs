using System.Text;
using Bottega.Platform.Text;

namespace Bottega.Library.Features.Groups;

/// <summary>A group's URL name: lower case, no accents, words joined by hyphens; its collection is "gruppo-{slug}".</summary>
internal static class GroupSlugs
{
    /// <summary>Leaves room for the collection's "gruppo-" prefix within the collections' 80 characters.</summary>
    public const int MaxLength = 70;

    public static string CollectionSlug(string groupSlug) => "gruppo-" + groupSlug;

    /// <summary>The slug made from what was typed (or from the name when nothing was); empty when nothing usable remains.</summary>
    public static string From(string? typed, string name)
    {
        var source = string.IsNullOrWhiteSpace(typed) ? name : typed;
        var builder = new StringBuilder(source.Length);
        foreach (var c in SearchText.Normalize(source))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
    }
}
