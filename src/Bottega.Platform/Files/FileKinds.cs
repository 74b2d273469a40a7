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

    public static readonly IReadOnlyList<FileKind> Documents = [Pdf, Docx, Xlsx, Pptx, Odt, Ods, Odp];
    public static readonly IReadOnlyList<FileKind> Images = [Png, Jpeg];
    public static readonly IReadOnlyList<FileKind> Videos = [Mp4, WebM];

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
            ".docx" => ZipHas(content, "word/document.xml"),
            ".xlsx" => ZipHas(content, "xl/workbook.xml"),
            ".pptx" => ZipHas(content, "ppt/presentation.xml"),
            ".odt" or ".ods" or ".odp" => OpenDocumentOf(content) == kind.ContentType,
            _ => false,
        };
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
