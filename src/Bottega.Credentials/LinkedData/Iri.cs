namespace Bottega.Credentials.LinkedData;

/// <summary>The few IRI checks JSON-LD needs: keywords, absolute IRIs, blank node identifiers.</summary>
internal static class Iri
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    };

    public static bool IsKeyword(string? value) => value is not null && Keywords.Contains(value);

    /// <summary>"@" followed by letters only: reserved for future keywords, ignored with a warning by the specification.</summary>
    public static bool HasKeywordForm(string value) =>
        value.Length > 1 && value[0] == '@' && value.Skip(1).All(char.IsAsciiLetter);

    public static bool IsBlankNode(string value) => value.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>Has a scheme (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"), and no white space.</summary>
    public static bool IsAbsolute(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.')
            {
                return false;
            }
        }

        return !value.Any(char.IsWhiteSpace);
    }

    /// <summary>Resolves a reference against a base (RFC 3986 section 5.2); without a base the reference is returned as is.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null || IsAbsolute(reference))
        {
            return reference;
        }

        if (!Uri.TryCreate(baseIri, UriKind.Absolute, out var baseUri) || !Uri.TryCreate(baseUri, reference, out var resolved))
        {
            throw new JsonLdException("invalid IRI", $"IRI relativo non risolvibile: {reference}");
        }

        return resolved.AbsoluteUri;
    }
}
