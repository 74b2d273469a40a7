using System.Security.Cryptography;
using Bottega.Library.Domain;
using Bottega.Platform.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bottega.Library.Features.Files;

/// <summary>
/// Accepts an uploaded document into the file store after checking, in order: not empty, within the size limit
/// (bytes counted while copying), not a program, an allowed extension, content matching it, and for zip-based
/// formats no zip bomb. Refusals come back as messages, never as exceptions.
/// </summary>
internal sealed class FileIntake(IFileStore store, IOptions<LibraryOptions> options)
{
    public static readonly IReadOnlyList<FileKind> Allowed = [FileKinds.Pdf, FileKinds.Docx, FileKinds.Odt, FileKinds.Xlsx, FileKinds.Ods, FileKinds.Text];

    private static readonly HashSet<string> Zipped = [FileKinds.Docx.Extension, FileKinds.Xlsx.Extension, FileKinds.Odt.Extension, FileKinds.Ods.Extension];

    public long MaxBytes => options.Value.MaxUploadMegabytes * 1024L * 1024L;

    public async Task<IntakeResult> AcceptAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return IntakeResult.Refused("Scegli il file da caricare.");
        }

        await using var content = file.OpenReadStream();
        return await AcceptAsync(content, file.FileName, ct);
    }

    public async Task<IntakeResult> AcceptAsync(Stream content, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var copy = new FileStream(Path.Combine(Path.GetTempPath(), $"bottega-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var (size, sha256) = await CopyAsync(content, copy, ct);
        if (size == 0)
        {
            return IntakeResult.Refused("Il file è vuoto.");
        }

        if (size > MaxBytes)
        {
            return IntakeResult.Refused("Il file supera il limite di {0} MB.", options.Value.MaxUploadMegabytes);
        }

        copy.Position = 0;
        var head = new byte[8];
        var read = await copy.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (ExecutableHeaders.IsExecutable(head.AsSpan(0, read)))
        {
            return IntakeResult.Refused("I file eseguibili non sono ammessi.");
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (!Allowed.Any(k => k.Extension == extension))
        {
            return IntakeResult.Refused("Sono ammessi solo file PDF, DOCX, ODT, XLSX, ODS e TXT.");
        }

        copy.Position = 0;
        if (FileKinds.Detect(fileName!, copy, Allowed) is not { } kind)
        {
            return IntakeResult.Refused("Il contenuto del file non corrisponde all'estensione {0}.", extension);
        }

        if (Zipped.Contains(kind.Extension))
        {
            copy.Position = 0;
            if (ZipLimits.From(options.Value).Check(copy, ct) is { } refusal)
            {
                return new IntakeResult(null, refusal);
            }
        }

        copy.Position = 0;
        var key = await store.SaveAsync(copy, ct);
        return new IntakeResult(new StoredFile(key, FileNames.Clean(fileName, kind.Extension), kind.ContentType, size, sha256), null);
    }

    // Copies at most one byte past the limit: enough to know it is over, whatever the request claimed as length.
    private async Task<(long Size, string Sha256)> CopyAsync(Stream content, Stream copy, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int n;
        while ((n = await content.ReadAsync(buffer, ct)) > 0)
        {
            size += n;
            if (size > MaxBytes)
            {
                return (size, "");
            }

            hash.AppendData(buffer, 0, n);
            await copy.WriteAsync(buffer.AsMemory(0, n), ct);
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
