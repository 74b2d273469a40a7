using System.Text.Json;
using Bottega.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Events;

/// <summary>
/// A post became visible to readers (at once, or when a moderator approved it). Number 1 is a new topic. Written to the
/// outbox in the transaction that publishes the post; notifications, e-mails and community badges follow from it.
/// </summary>
internal sealed record PostPublished(Guid NetworkId, Guid SpaceId, Guid TopicId, Guid PostId, int Number, Guid AuthorId,
    bool IsQuestion, string TopicTitle, string Excerpt, IReadOnlyList<Guid> TagIds, IReadOnlyList<Guid> MentionedUserIds, DateTime PublishedAt)
{
    public const string OutboxType = "community.post-published";
}

/// <summary>The asker accepted an answer.</summary>
internal sealed record AnswerAccepted(Guid NetworkId, Guid TopicId, Guid PostId, Guid AnswerAuthorId, Guid AskerId, string TopicTitle, DateTime AcceptedAt)
{
    public const string OutboxType = "community.answer-accepted";
}

/// <summary>A private message was sent.</summary>
internal sealed record MessageSent(Guid NetworkId, Guid ConversationId, Guid MessageId, Guid SenderId, IReadOnlyList<Guid> RecipientIds,
    string Subject, string Excerpt, DateTime SentAt)
{
    public const string OutboxType = "community.message-sent";
}

/// <summary>A moderator acted on a person's post (hid, approved, moved, merged) or banned them.</summary>
internal sealed record ModerationApplied(Guid NetworkId, Guid UserId, string Action, Guid? TopicId, Guid? PostId, string Text, DateTime At)
{
    public const string OutboxType = "community.moderation-applied";
}

internal static class CommunityOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the event to the context: it is saved, or not, with the caller's change.</summary>
    public static void Add<T>(DbContext db, string type, T payload, DateTime now) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.Create(type, JsonSerializer.Serialize(payload, Json), now));

    public static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Json) ?? throw new JsonException("Empty community event.");
}
