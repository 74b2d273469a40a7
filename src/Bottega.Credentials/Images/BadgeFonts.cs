using SkiaSharp;

namespace Bottega.Credentials.Images;

/// <summary>
/// DejaVu Sans, embedded (the Learning module's copy, licence in its Fonts folder): a server may have no system fonts,
/// and badge text must look the same on every machine.
/// </summary>
internal static class BadgeFonts
{
    public const string Family = "DejaVu Sans";

    /// <summary>What a browser falls back to when it shows the SVG itself.</summary>
    public const string CssFamily = "'DejaVu Sans', Verdana, Arial, sans-serif";

    private static readonly Lazy<byte[]> RegularBytes = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> RegularFace = new(() => SKTypeface.FromData(SKData.CreateCopy(RegularBytes.Value)));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => SKTypeface.FromData(SKData.CreateCopy(BoldBytes.Value)));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    public static byte[] RegularFile => RegularBytes.Value;

    public static byte[] BoldFile => BoldBytes.Value;

    /// <summary>The advance width of <paramref name="text"/> in pixels.</summary>
    public static float Measure(string text, bool bold, float size)
    {
        using var font = new SKFont(bold ? Bold : Regular, size);
        return font.MeasureText(text);
    }

    private static byte[] Load(string file)
    {
        using var stream = typeof(BadgeFonts).Assembly.GetManifestResourceStream("Bottega.Credentials.Fonts." + file)
            ?? throw new InvalidOperationException("Missing embedded font " + file);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
