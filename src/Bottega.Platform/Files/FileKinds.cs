using System.IO.Compression;

namespace Bottega.Platform.Files;

/// <summary>A kind of file an upload may be, recognised by its content and not only by its name.</summary>
public sealed record FileKind(string Name, string Extension, string ContentType);

/// <summary>
/// Checks that an upload is what its extension claims, by its first bytes (and, for Office and OpenDocument files,
/// the parts inside the zip). Unknown or mismatching content is refused.
/// </summary>
public static class FileKinds
{
    public static readonly FileKind Pdf = new("PDF", ".pdf", "application/pdf");
    public static readonly FileKind Docx = new("Word", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly FileKind Xlsx = new("Excel", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly FileKind Pptx = new("PowerPoint", ".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    public static readonly FileKind Odt = new("OpenDocument testo", ".odt", "application/vnd.oasis.opendocument.text");
    public static readonly FileKind Ods = new("OpenDocument foglio", ".ods", "application/vnd.oasis.opendocument.spreadsheet");
    public static readonly FileKind Odp = new("OpenDocument presentazione", ".odp", "application/vnd.oasis.opendocument.presentation");
    public static readonly FileKind Png = new("PNG", ".png", "image/png");
    public static readonly FileKind Jpeg = new("JPEG", ".jpg", "image/jpeg");
    public static readonly FileKind Mp4 = new("MP4", ".mp4", "video/mp4");
    public static readonly FileKind WebM = new("WebM", ".webm", "video/webm");
    public static readonly FileKind Gif = new("GIF", ".gif", "image/gif");
    public static readonly FileKind WebP = new("WebP", ".webp", "image/webp");
    public static readonly FileKind Text = new("Testo", ".txt", "text/plain");
    public static readonly FileKind Csv = new("CSV", ".csv", "text/csv");

    public static readonly IReadOnlyList<FileKind> Documents = [Pdf, Docx, Xlsx, Pptx, Odt, Ods, Odp];
    public static readonly IReadOnlyList<FileKind> Images = [Png, Jpeg];
    public static readonly IReadOnlyList<FileKind> Videos = [Mp4, WebM];

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The kind among <paramref name="allowed"/> that both the file name and the content agree on, or null.</summary>
    public static FileKind? Detect(string fileName, Stream content, IEnumerable<FileKind> allowed)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".jpeg")
        {
            extension = ".jpg";
        }

        var kind = allowed.FirstOrDefault(k => k.Extension == extension);
        if (kind is null || !content.CanSeek)
        {
            return null;
        }

        var start = content.Position;
        try
        {
            return Matches(kind, content) ? kind : null;
        }
        finally
        {
            content.Position = start;
        }
    }

    private static bool Matches(FileKind kind, Stream content)
    {
        Span<byte> head = stackalloc byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        return kind.Extension switch
        {
            ".pdf" => head.StartsWith("%PDF-"u8),
            ".png" => head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
            ".jpg" => head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
            ".mp4" => read >= 12 && head[4..8].SequenceEqual("ftyp"u8),
            ".webm" => head.StartsWith(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }),
            ".gif" => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8),
            ".webp" => read >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8),
            ".txt" or ".csv" => IsText(content),
            ".docx" => ZipHas(content, "word/document.xml"),
            ".xlsx" => ZipHas(content, "xl/workbook.xml"),
            ".pptx" => ZipHas(content, "ppt/presentation.xml"),
            ".odt" or ".ods" or ".odp" => OpenDocumentOf(content) == kind.ContentType,
            _ => false,
        };
    }

    // Plain text: valid UTF-8 (a BOM allowed) with no control characters other than tab, line breaks and form feed,
    // so an executable renamed .txt is refused. Only the first 64 KB are read; a multi-byte character cut there is fine.
    private static bool IsText(Stream content)
    {
        var buffer = new byte[64 * 1024];
        var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var bytes = buffer.AsSpan(0, read);
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            bytes = bytes[3..];
        }

        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                return false;
            }
        }

        var end = bytes.Length;
        if (read == buffer.Length && end > 0)
        {
            // The window may cut the last character: leave it out.
            var i = end - 1;
            while (i > 0 && end - i < 4 && (bytes[i] & 0xC0) == 0x80)
            {
                i--;
            }

            if (bytes[i] >= 0xC0)
            {
                end = i;
            }
        }

        try
        {
            StrictUtf8.GetCharCount(bytes[..end]);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool ZipHas(Stream content, string entry)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry(entry) is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // An OpenDocument zip starts with an uncompressed "mimetype" entry naming its type; read only that small entry.
    private static string? OpenDocumentOf(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry("mimetype");
            if (entry is null || entry.Length > 200)
            {
                return null;
            }

            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd().Trim();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
