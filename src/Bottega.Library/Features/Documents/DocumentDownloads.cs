using Bottega.Library.Data;
using Bottega.Library.Features.Access;
using Bottega.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

/// <summary>A version's file ready to stream, with the name and type recorded at upload.</summary>
public sealed record DownloadFile(Stream Content, string FileName, string ContentType, bool IsPdf) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// Opens a version's file for someone who may see the document (otherwise: not found, never a hint it exists) and
/// counts the download on the version and the document.
/// </summary>
public sealed class DocumentDownloads
{
    private readonly LibraryDbContext db;
    private readonly DocumentAccess access;
    private readonly IFileStore files;

    internal DocumentDownloads(LibraryDbContext db, DocumentAccess access, IFileStore files)
    {
        this.db = db;
        this.access = access;
        this.files = files;
    }

    /// <summary>For the current request's viewer; a preview is not counted as a download.</summary>
    public async Task<DownloadFile?> OpenAsync(Guid documentId, int number, bool preview, CancellationToken ct) =>
        await OpenAsync(await access.ViewerAsync(ct), documentId, number, preview, ct);

    internal async Task<DownloadFile?> OpenAsync(LibraryViewer viewer, Guid documentId, int number, bool preview, CancellationToken ct)
    {
        var visible = DocumentAccess.VisibleTo(db.Documents, viewer).Where(d => d.Id == documentId);
        var version = await db.Versions.AsNoTracking().Where(v => v.DocumentId == documentId && v.Number == number && visible.Any())
            .Select(v => new { v.Id, v.FileKey, v.FileName, v.ContentType }).FirstOrDefaultAsync(ct);
        if (version is null || await files.OpenAsync(version.FileKey, ct) is not { } content)
        {
            return null;
        }

        if (!preview)
        {
            await db.Versions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.DownloadCount, v => v.DownloadCount + 1), ct);
            await db.Documents.Where(d => d.Id == documentId).ExecuteUpdateAsync(s => s.SetProperty(d => d.DownloadCount, d => d.DownloadCount + 1), ct);
        }

        return new DownloadFile(content, version.FileName, version.ContentType, version.ContentType == FileKinds.Pdf.ContentType);
    }
}
