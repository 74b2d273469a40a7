using System.Text;
using Bottega.Credentials.Baking;

namespace Bottega.Credentials.Features.Verification;

/// <summary>The text a verification upload carries: the badge baked into a PNG or SVG, or the file itself as UTF-8 (JSON or JWT).</summary>
internal static class BakedPayloads
{
    public static (string? Text, string? Failure) Extract(byte[] content)
    {
        if (content.Length == 0)
        {
            return (null, "Il file è vuoto.");
        }

        if (content.AsSpan().StartsWith(PngFile.Signature))
        {
            return FirstFound(PngBaker.Read(content, BakedKeywords.OpenBadgeCredential), PngBaker.Read(content, BakedKeywords.OpenBadges),
                "L'immagine PNG non contiene un badge.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content).Trim().TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, "Il file non è un'immagine con un badge né un testo leggibile.");
        }

        return text.StartsWith('<')
            ? FirstFound(SvgBaker.ReadCredential(content), SvgBaker.ReadAssertion(content), "L'immagine SVG non contiene un badge.")
            : (text, null);
    }

    // OB 3.0 first; an OB 2.0 image carries the assertion (JSON) or its hosted URL (verify attribute).
    private static (string? Text, string? Failure) FirstFound(BakedPayload credential, BakedPayload assertion, string absent)
    {
        foreach (var payload in new[] { credential, assertion })
        {
            if (payload.Status == BakedPayloadStatus.Invalid)
            {
                return (null, payload.Failure);
            }

            if (payload.Status == BakedPayloadStatus.Found)
            {
                var text = payload.Verify is { Length: > 0 } verify && string.IsNullOrWhiteSpace(payload.Payload) ? verify : payload.Payload;
                return (text, null);
            }
        }

        return (null, absent);
    }
}
