namespace Bottega.Learning.Domain;

/// <summary>A file uploaded to the learning module (cover, video, document, evidence), kept in the file store under <see cref="StorageKey"/>.</summary>
public sealed class LearningFile
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string StorageKey { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Length { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTime UploadedAt { get; private set; }

    private LearningFile()
    {
    }

    public static LearningFile Create(string storageKey, string fileName, string contentType, long length, Guid uploadedBy, DateTime now) => new()
    {
        StorageKey = storageKey,
        FileName = fileName,
        ContentType = contentType,
        Length = length,
        UploadedBy = uploadedBy,
        UploadedAt = now,
    };
}
