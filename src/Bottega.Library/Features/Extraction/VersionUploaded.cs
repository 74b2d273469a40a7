using System.Text.Json;
using Bottega.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Extraction;

/// <summary>
/// A version's file was stored. Written to the outbox in the upload's transaction; the text is extracted in the
/// background, so an upload never waits for (or is blocked by) a large file's extraction.
/// </summary>
internal sealed record VersionUploaded(Guid NetworkId, Guid DocumentId, Guid VersionId)
{
    public const string OutboxType = "library.version-uploaded";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void AddTo(DbContext db, DateTime now) => db.Set<OutboxMessage>().Add(OutboxMessage.Create(OutboxType, JsonSerializer.Serialize(this, Json), now));

    public static VersionUploaded Read(string payload) => JsonSerializer.Deserialize<VersionUploaded>(payload, Json) ?? throw new JsonException("Empty version-uploaded event.");
}
