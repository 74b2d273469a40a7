using System.Globalization;
using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Files;

namespace Bottega.Learning.Features.Authoring;

public sealed record StoredFile(LearningResult Result, Guid? Id);

/// <summary>
/// Uploads of the learning module: checked by size and by content (a file must be what its extension says), kept in
/// the file store, recorded as a <see cref="LearningFile"/> added to the context (saved with the caller's change).
/// </summary>
public sealed class LearningFiles
{
    private readonly LearningDbContext db;
    private readonly IFileStore store;
    private readonly TimeProvider time;

    internal LearningFiles(LearningDbContext db, IFileStore store, TimeProvider time)
    {
        this.db = db;
        this.store = store;
        this.time = time;
    }

    public async Task<StoredFile> StoreAsync(Upload upload, IReadOnlyList<FileKind> allowed, int maxMegabytes, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(allowed);
        var names = string.Join(", ", allowed.Select(k => k.Extension.TrimStart('.').ToUpperInvariant()).Distinct());
        if (upload.Length <= 0)
        {
            return new StoredFile(LearningResult.Refused("Il file è vuoto."), null);
        }

        if (upload.Length > maxMegabytes * 1024L * 1024L)
        {
            return new StoredFile(LearningResult.Refused(string.Format(CultureInfo.InvariantCulture, "Il file supera il limite di {0} MB.", maxMegabytes)), null);
        }

        var kind = FileKinds.Detect(upload.FileName, upload.Content, allowed);
        if (kind is null)
        {
            return new StoredFile(LearningResult.Refused($"Il file non è un {names} valido: il contenuto non corrisponde all'estensione."), null);
        }

        var key = await store.SaveAsync(upload.Content, cancellationToken);
        var name = Path.GetFileName(upload.FileName);
        var file = LearningFile.Create(key, name.Length > 255 ? name[^255..] : name, kind.ContentType, upload.Length, userId, time.GetUtcNow().UtcDateTime);
        db.Files.Add(file);
        return new StoredFile(LearningResult.Ok, file.Id);
    }
}
