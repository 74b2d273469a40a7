using Bottega.Credentials.Images;

namespace Bottega.Credentials.Features.Administration;

/// <summary>Badge and issuer images uploaded by administrators: PNG or SVG, at most 2 MB, checked and cleaned before they are stored.</summary>
internal static class BadgeImages
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const string Png = BadgeImageCheck.Png;
    public const string Svg = BadgeImageCheck.Svg;

    /// <summary>
    /// Decides by content (a real PNG with sane dimensions, or a well-formed SVG) and returns the cleaned bytes to
    /// store: PNG metadata and anything baked in removed, SVG scripts, event handlers and external references removed.
    /// </summary>
    public static ImageCheck ValidateImage(ImageUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length <= 0)
        {
            return new(null, null, "Scegli un'immagine PNG o SVG.");
        }

        if (upload.Length > MaxBytes || (upload.Content.CanSeek && upload.Content.Length > MaxBytes))
        {
            return new(null, null, "L'immagine supera i 2 MB.");
        }

        using var buffer = new MemoryStream();
        upload.Content.CopyTo(buffer);
        if (buffer.Length > MaxBytes)
        {
            return new(null, null, "L'immagine supera i 2 MB.");
        }

        var check = BadgeImageValidator.Validate(buffer.ToArray(), upload.FileName);
        return check.Bytes is null ? new(null, null, check.Failure ?? "Il file non è un'immagine PNG o SVG valida.") : new(check.ContentType, check.Bytes, null);
    }
}
