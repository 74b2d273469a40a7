using System.Text;

namespace Bottega.Credentials.Features.Verification;

/// <summary>The text a verification upload carries: the baked payload of a PNG or SVG, or the file itself as UTF-8 (JSON or JWT).</summary>
internal static class BakedPayloads
{
    public static (string? Text, string? Failure) Extract(byte[] content)
    {
        if (content.Length == 0)
        {
            return (null, "Il file è vuoto.");
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(content), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "Il file non è un'immagine con un badge né un testo leggibile.");
        }
    }
}
