using Bottega.Library.Data;
using Bottega.Library.Features.Search;
using Bottega.Platform.Data;
using Bottega.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bottega.Library.Features.Extraction;

/// <summary>
/// Extracts a pending version's text, keeps it and updates the search index in one transaction. The extraction runs
/// on the thread pool under a timeout: a hostile or huge file fails with a message instead of stalling the worker.
/// </summary>
internal sealed partial class VersionTextExtraction(LibraryDbContext db, IFileStore files, TextExtractor extractor, LibrarySearchIndex index, TimeProvider time,
    ILogger<VersionTextExtraction> logger)
{
    public async Task RunAsync(Guid versionId, CancellationToken ct)
    {
        var version = await db.Versions.IgnoreQueryFilters([BottegaModel.TenantFilter]).FirstOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null || version.Extraction != Domain.ExtractionStatus.Pending)
        {
            return;
        }

        try
        {
            var text = await ExtractAsync(version.FileKey, version.ContentType, ct);
            version.Extracted(text.Text, text.PageCount, time.GetUtcNow().UtcDateTime);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailure(logger, exception, versionId);
            version.ExtractionFailed(exception is TimeoutException ? "Tempo massimo di estrazione superato." : "Il testo del file non è leggibile.", time.GetUtcNow().UtcDateTime);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await index.IndexAsync(db, version.DocumentId, ct);
        await transaction.CommitAsync(ct);
    }

    private async Task<ExtractedText> ExtractAsync(string key, string contentType, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TextExtractor.Timeout);
        var token = limit.Token;
        var work = Task.Run(async () =>
        {
            await using var content = await files.OpenAsync(key, token) ?? throw new FileNotFoundException("The stored file is missing.");
            return extractor.Extract(content, contentType, token);
        }, token);
        try
        {
            // A library call that never checks the token is abandoned here (the task ends on its own later).
            return await work.WaitAsync(TextExtractor.Timeout, ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException("Text extraction took too long.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text extraction of library version {VersionId} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, Guid versionId);
}
