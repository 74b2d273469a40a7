using Bottega.Credentials.Baking;
using SkiaSharp;

namespace Bottega.Credentials.Images;

/// <summary>
/// Checks an uploaded achievement image by its content, not its name: a real PNG (sound chunks, 64–2048 pixels a
/// side, pixels that decode; text and metadata chunks dropped, a previously baked badge included) or a well-formed
/// SVG without DOCTYPE, sanitized and drawable. Both at most 2 MB, and the extension must agree with the content.
/// </summary>
internal static class BadgeImageValidator
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MinSide = 64;
    public const int MaxSide = 2048;
    private const int MaxSvgElements = 5000;
    private const int MaxSvgDepth = 64;

    public static BadgeImageCheck Validate(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(fileName);
        if (bytes.Length == 0)
        {
            return BadgeImageCheck.Refused(ImageFailures.Empty);
        }

        if (bytes.Length > MaxBytes)
        {
            return BadgeImageCheck.Refused(ImageFailures.TooLarge);
        }

        var extension = Path.GetExtension(fileName);
        var namedPng = string.Equals(extension, ".png", StringComparison.OrdinalIgnoreCase);
        var namedSvg = string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase);
        if (!namedPng && !namedSvg)
        {
            return BadgeImageCheck.Refused(ImageFailures.WrongKind);
        }

        var isPng = bytes.AsSpan().StartsWith(PngFile.Signature);
        var isXml = !isPng && LooksLikeXml(bytes);
        return (namedPng, isPng, isXml) switch
        {
            (true, true, _) => ValidatePng(bytes),
            (false, false, true) => ValidateSvg(bytes),
            (true, false, false) => BadgeImageCheck.Refused(BakingFailures.NotPng),
            (false, false, false) => BadgeImageCheck.Refused(BakingFailures.NotSvg),
            _ => BadgeImageCheck.Refused(ImageFailures.ExtensionMismatch),
        };
    }

    private static BadgeImageCheck ValidatePng(byte[] bytes)
    {
        var png = PngFile.Parse(bytes, out var failure);
        if (png is null)
        {
            return BadgeImageCheck.Refused(failure!);
        }

        if (png.Width > MaxSide || png.Height > MaxSide)
        {
            return BadgeImageCheck.Refused(ImageFailures.TooBig);
        }

        if (png.Width < MinSide || png.Height < MinSide)
        {
            return BadgeImageCheck.Refused(ImageFailures.TooSmall);
        }

        if (!DecodesCompletely(bytes, png))
        {
            return BadgeImageCheck.Refused(ImageFailures.Undecodable);
        }

        var (cleaned, removed) = PngCleaner.KeepRenderingChunks(png);
        return BadgeImageCheck.Accepted(cleaned, BadgeImageCheck.Png, png.Width, png.Height, removed);
    }

    private static BadgeImageCheck ValidateSvg(byte[] bytes)
    {
        var document = SafeSvg.Load(bytes, MaxBytes, out var failure);
        if (document is null)
        {
            return BadgeImageCheck.Refused(failure!);
        }

        var elements = document.Root!.DescendantsAndSelf().Take(MaxSvgElements + 1).ToList();
        if (elements.Count > MaxSvgElements || elements.Exists(e => e.Ancestors().Skip(MaxSvgDepth).Any()))
        {
            return BadgeImageCheck.Refused(ImageFailures.TooComplex);
        }

        var removed = SvgSanitizer.Sanitize(document);
        var cleaned = SafeSvg.Save(document);
        return BadgeRasterizer.ToPng(cleaned, MinSide) is null
            ? BadgeImageCheck.Refused(ImageFailures.Undrawable)
            : BadgeImageCheck.Accepted(cleaned, BadgeImageCheck.Svg, 0, 0, removed);
    }

    /// <summary>Skia fills what it cannot decode: only a complete, error-free decoding counts.</summary>
    private static bool DecodesCompletely(byte[] bytes, PngFile png)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width != png.Width || codec.Info.Height != png.Height)
        {
            return false;
        }

        using var bitmap = new SKBitmap(new SKImageInfo(png.Width, png.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        return codec.GetPixels(bitmap.Info, bitmap.GetPixels()) == SKCodecResult.Success;
    }

    /// <summary>After an optional UTF-8 byte order mark and whitespace, the first character is '&lt;'.</summary>
    private static bool LooksLikeXml(byte[] bytes)
    {
        var text = bytes.AsSpan();
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && text[first] == (byte)'<';
    }
}
