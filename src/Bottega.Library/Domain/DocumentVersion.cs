using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>One uploaded file of a document. The file lives in the file store under <see cref="FileKey"/>, never at a path a user names.</summary>
public sealed class DocumentVersion : INetworkScoped
{
    /// <summary>Extracted text kept for search and preview; longer texts are cut here.</summary>
    public const int MaxExtractedChars = 1_000_000;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid DocumentId { get; private set; }

    /// <summary>1, 2, 3 … unique per document.</summary>
    public int Number { get; private set; }

    public string FileKey { get; private set; } = "";

    /// <summary>The uploaded name, cleaned (for the download's Content-Disposition only).</summary>
    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the file, lowercase hex.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>What changed in this version.</summary>
    public string? Note { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public long DownloadCount { get; private set; }

    public ExtractionStatus Extraction { get; private set; }

    public string? ExtractedText { get; private set; }

    public string? ExtractionError { get; private set; }

    public int? PageCount { get; private set; }

    public DateTime? ExtractedAt { get; private set; }

    private DocumentVersion()
    {
    }

    public static DocumentVersion Create(Guid networkId, Guid documentId, int number, StoredFile file, string? note, Guid uploadedBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new()
        {
            NetworkId = networkId,
            DocumentId = documentId,
            Number = number,
            FileKey = file.Key,
            FileName = file.FileName,
            ContentType = file.ContentType,
            SizeBytes = file.SizeBytes,
            Sha256 = file.Sha256,
            Note = note,
            UploadedBy = uploadedBy,
            UploadedAt = now,
            Extraction = ExtractionStatus.Pending,
        };
    }

    public void Extracted(string? text, int? pageCount, DateTime now)
    {
        ExtractedText = string.IsNullOrWhiteSpace(text) ? null : text.Length > MaxExtractedChars ? text[..MaxExtractedChars] : text;
        Extraction = ExtractedText is null ? ExtractionStatus.NoText : ExtractionStatus.Extracted;
        ExtractionError = null;
        PageCount = pageCount;
        ExtractedAt = now;
    }

    public void ExtractionFailed(string error, DateTime now)
    {
        Extraction = ExtractionStatus.Failed;
        ExtractionError = error.Length > 500 ? error[..500] : error;
        ExtractedAt = now;
    }
}

/// <summary>A file accepted by the intake and saved in the file store.</summary>
public sealed record StoredFile(string Key, string FileName, string ContentType, long SizeBytes, string Sha256);
