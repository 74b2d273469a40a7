using System.Security.Cryptography;
using Bottega.Library.Domain;
using Bottega.Library.Features.Files;
using Bottega.Platform.Files;
using Microsoft.Extensions.Options;

namespace Bottega.Library.Features.Practices;

/// <summary>
/// Checks and stores a good practice's attachments: a kind from the list whose content matches its extension, within
/// the size limit, not an executable, and for Office/OpenDocument zips within the entry, size and ratio limits.
/// </summary>
internal sealed class PracticeAttachmentIntake(IFileStore store, IOptions<LibraryOptions> options)
{
    public const int MaxAttachments = 10;

    public static readonly IReadOnlyList<FileKind> Allowed =
        [FileKinds.Pdf, FileKinds.Docx, FileKinds.Odt, FileKinds.Xlsx, FileKinds.Ods, FileKinds.Text, FileKinds.Png, FileKinds.Jpeg];

    private static readonly string[] ExecutableExtensions = [".exe", ".dll", ".com", ".bat", ".cmd", ".scr", ".msi", ".ps1", ".sh", ".vbs", ".js", ".jar", ".apk", ".app"];

    public string? Check(IncomingFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var limit = options.Value.MaxUploadMegabytes;
        if (file.Length > limit * 1024L * 1024L)
        {
            return $"Il file {file.FileName} supera il limite di {limit} MB.";
        }

        if (file.Length == 0)
        {
            return $"Il file {file.FileName} è vuoto.";
        }

        if (IsExecutable(file))
        {
            return $"Il file {file.FileName} è un programma eseguibile: non si può allegare.";
        }

        var kind = FileKinds.Detect(file.FileName, file.Content, Allowed);
        if (kind is null)
        {
            return $"Il file {file.FileName} non è di un tipo ammesso (PDF, DOCX, ODT, XLSX, ODS, TXT, PNG, JPEG) o il suo contenuto non corrisponde all'estensione.";
        }

        return IsZip(kind) && !ZipWithinLimits(file.Content) ? $"Il file {file.FileName} è un archivio compresso anomalo e non si può allegare." : null;
    }

    // The document intake's rules (Features/Files): the same headers and the same zip-bomb limits, real bytes counted.
    private bool ZipWithinLimits(Stream content)
    {
        var start = content.Position;
        try
        {
            return ZipLimits.From(options.Value).Check(content, CancellationToken.None) is null;
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>Stores a file already accepted by <see cref="Check"/>.</summary>
    public async Task<StoredFile> StoreAsync(IncomingFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var kind = FileKinds.Detect(file.FileName, file.Content, Allowed) ?? throw new InvalidOperationException("Unchecked attachment.");
        file.Content.Position = 0;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file.Content, ct));
        file.Content.Position = 0;
        var key = await store.SaveAsync(file.Content, ct);
        return new StoredFile(key, Path.GetFileName(file.FileName), kind.ContentType, file.Length, hash);
    }

    private static bool IsExecutable(IncomingFile file)
    {
        if (ExecutableExtensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()))
        {
            return true;
        }

        var content = file.Content;
        var start = content.Position;
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = start;
        return ExecutableHeaders.IsExecutable(head[..read]);
    }

    private static bool IsZip(FileKind kind) => kind == FileKinds.Docx || kind == FileKinds.Xlsx || kind == FileKinds.Odt || kind == FileKinds.Ods;
}
