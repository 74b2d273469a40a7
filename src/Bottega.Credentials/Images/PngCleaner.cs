using Bottega.Credentials.Baking;

namespace Bottega.Credentials.Images;

/// <summary>
/// Rebuilds an uploaded PNG with only the chunks that affect how it looks: text, EXIF, time and unknown chunks go,
/// with whatever personal data or baked badge they carried.
/// </summary>
internal static class PngCleaner
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "cICP",
    };

    public static (byte[] Bytes, int Removed) KeepRenderingChunks(PngFile png)
    {
        ArgumentNullException.ThrowIfNull(png);
        using var output = new MemoryStream(png.Bytes.Length);
        output.Write(PngFile.Signature);
        var removed = 0;
        foreach (var chunk in png.Chunks)
        {
            if (Kept.Contains(chunk.Type))
            {
                output.Write(png.Raw(chunk));
            }
            else
            {
                removed++;
            }
        }

        return (output.ToArray(), removed);
    }
}
