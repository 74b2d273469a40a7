using System.Text;
using Bottega.Platform.Files;

namespace Bottega.Credentials.Features.Administration;

/// <summary>Badge and issuer images uploaded by administrators: PNG or SVG, at most 2 MB.</summary>
internal static class BadgeImages
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";
    private const int SvgSniffBytes = 1024;

    /// <summary>
    /// A first check by size, extension and first bytes. The baking layer's validator (PNG chunks, SVG without scripts or
    /// external references) replaces it.
    /// </summary>
    public static ImageCheck ValidateImage(ImageUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length <= 0)
        {
            return new(null, "Scegli un'immagine PNG o SVG.");
        }

        if (upload.Length > MaxBytes || !upload.Content.CanSeek || upload.Content.Length > MaxBytes)
        {
            return new(null, "L'immagine supera i 2 MB.");
        }

        if (string.Equals(Path.GetExtension(upload.FileName), ".svg", StringComparison.OrdinalIgnoreCase))
        {
            return LooksLikeSvg(upload.Content) ? new(Svg, null) : new(null, "Il file non è un'immagine SVG valida.");
        }

        return FileKinds.Detect(upload.FileName, upload.Content, [FileKinds.Png]) is not null
            ? new(Png, null)
            : new(null, "Il file non è un'immagine PNG o SVG valida.");
    }

    private static bool LooksLikeSvg(Stream content)
    {
        var start = content.Position;
        try
        {
            var buffer = new byte[SvgSniffBytes];
            var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var head = Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            return head.StartsWith('<') && head.Contains("<svg", StringComparison.Ordinal);
        }
        finally
        {
            content.Position = start;
        }
    }
}
