using System.Text;
using Bottega.Platform.Text;

namespace Bottega.Community.Features.Spaces;

/// <summary>The URL name of a space, made from its name: lower case, no accents, words joined by hyphens.</summary>
internal static class SpaceSlugs
{
    public const int MaxLength = 80;

    /// <summary>Words after /comunita/ that are pages of the community, not spaces.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "cerca", "tag", "gestione", "moderazione", "persone", "discussioni", "messaggi", "nuovo", "notifiche",
    };

    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in SearchText.Normalize(name))
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
        if (slug.Length > MaxLength - 4)
        {
            slug = slug[..(MaxLength - 4)].TrimEnd('-');
        }

        if (slug.Length == 0)
        {
            return "spazio";
        }

        return Reserved.Contains(slug) ? "spazio-" + slug : slug;
    }

    /// <summary>The slug, or the slug with the first free number ("appalti-2") when it is taken.</summary>
    public static string FirstFree(string slug, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{slug}-{n}");
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
