using System.Text.Json;
using Bottega.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Attendance;

/// <summary>
/// A person's attendance of a session reached the threshold. Written to the outbox in the import's transaction, so the
/// training hours and the course's live-session objects follow even if the process stops right after the commit.
/// </summary>
internal sealed record SessionAttended(Guid NetworkId, Guid SessionId, Guid UserId, DateOnly Day, decimal Hours, string Title)
{
    public const string OutboxType = "events.session-attended";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void AddTo(DbContext db, DateTime now) => db.Set<OutboxMessage>().Add(OutboxMessage.Create(OutboxType, JsonSerializer.Serialize(this, Json), now));

    public static SessionAttended Read(string payload) => JsonSerializer.Deserialize<SessionAttended>(payload, Json) ?? throw new JsonException("Empty session-attended event.");
}
