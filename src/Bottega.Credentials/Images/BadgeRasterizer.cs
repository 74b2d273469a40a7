using System.Xml;
using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace Bottega.Credentials.Images;

/// <summary>
/// Draws an SVG (the default badge, or an upload the validator has sanitized) into a square PNG, which is what
/// LinkedIn and most backpacks accept. Scripts are off, the XML is read with no DTD and no resolver, text is set in
/// the embedded DejaVu Sans. Null when the SVG cannot be drawn.
/// </summary>
internal static class BadgeRasterizer
{
    public const int DefaultSize = 512;

    public static byte[]? ToPng(string svg, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(svg);
        return ToPng(System.Text.Encoding.UTF8.GetBytes(svg), size);
    }

    public static byte[]? ToPng(byte[] svg, int size = DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 2048);
        try
        {
            return Draw(svg, size);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The third-party SVG renderer throws many kinds of exceptions on odd documents: one that cannot be drawn is refused.
            return null;
        }
    }

    private static byte[]? Draw(byte[] svg, int size)
    {
        using var document = new SKSvg();
        document.Settings.EnableJavaScript = false;
        document.Settings.EnableExternalJavaScript = false;
        document.Settings.TypefaceProviders =
        [
            new CustomTypefaceProvider(SKData.CreateCopy(BadgeFonts.BoldFile), 0),
            new CustomTypefaceProvider(SKData.CreateCopy(BadgeFonts.RegularFile), 0),
        ];
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(svg, writable: false), settings);
        var picture = document.Load(reader);
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            return null;
        }

        var bounds = picture.CullRect;
        var scale = Math.Min(size / bounds.Width, size / bounds.Height);
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Translate((size - (bounds.Width * scale)) / 2, (size - (bounds.Height * scale)) / 2);
            canvas.Scale(scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data?.ToArray();
    }
}
