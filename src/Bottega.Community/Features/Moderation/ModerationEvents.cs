using Bottega.Community.Data;
using Bottega.Community.Features.Events;

namespace Bottega.Community.Features.Moderation;

internal static class ModerationEvents
{
    /// <summary>Tells the author (through the outbox, in the caller's transaction) that a moderator acted on their content or account.</summary>
    public static void Applied(CommunityDbContext db, Guid networkId, Guid userId, string action, Guid? topicId, Guid? postId, string text, DateTime now) =>
        CommunityOutbox.Add(db, ModerationApplied.OutboxType, new ModerationApplied(networkId, userId, action, topicId, postId, text, now), now);
}
