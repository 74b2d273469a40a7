using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Reputation;
using Bottega.Community.Features.Search;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Auditing;
using Bottega.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Moderation;

/// <summary>
/// What a moderator does to a topic: lock, pin, move to another space they moderate, merge into another topic. Audited,
/// one transaction each; repeating an action changes nothing.
/// </summary>
public sealed class TopicModeration
{
    private static readonly ModerationResult Merged = ModerationResult.Refused("La discussione è stata unita a un'altra.");
    private readonly CommunityDbContext db;
    private readonly SpacePermissions permissions;
    private readonly AuditTrail audit;
    private readonly IFullTextIndex index;
    private readonly TimeProvider time;

    internal TopicModeration(CommunityDbContext db, SpacePermissions permissions, AuditTrail audit, IFullTextIndex index, TimeProvider time)
    {
        this.db = db;
        this.permissions = permissions;
        this.audit = audit;
        this.index = index;
        this.time = time;
    }

    public async Task<ModerationResult> LockAsync(Guid topicId, bool locked, CancellationToken ct)
    {
        var (refusal, item) = await LoadAsync(topicId, ct);
        if (item is null)
        {
            return refusal!;
        }

        var notice = locked ? "Discussione chiusa." : "Discussione riaperta.";
        if (item.Topic.IsLocked != locked)
        {
            item.Topic.Lock(locked);
            audit.Record(db, item.Topic.NetworkId, locked ? "community.topic.locked" : "community.topic.unlocked", "topic", topicId, item.Topic.Title);
            await db.SaveChangesAsync(ct);
        }

        return ModerationResult.Done(notice);
    }

    public async Task<ModerationResult> PinAsync(Guid topicId, bool pinned, CancellationToken ct)
    {
        var (refusal, item) = await LoadAsync(topicId, ct);
        if (item is null)
        {
            return refusal!;
        }

        var notice = pinned ? "Discussione fissata in alto." : "Discussione non più fissata.";
        if (item.Topic.IsPinned != pinned)
        {
            item.Topic.Pin(pinned);
            audit.Record(db, item.Topic.NetworkId, pinned ? "community.topic.pinned" : "community.topic.unpinned", "topic", topicId, item.Topic.Title);
            await db.SaveChangesAsync(ct);
        }

        return ModerationResult.Done(notice);
    }

    /// <summary>Moves the topic to another space of the network that the moderator also moderates.</summary>
    public async Task<ModerationResult> MoveAsync(Guid topicId, Guid spaceId, CancellationToken ct)
    {
        var (refusal, item) = await LoadAsync(topicId, ct);
        if (item is null)
        {
            return refusal!;
        }

        var (topic, from) = item;
        if (topic.SpaceId == spaceId)
        {
            return ModerationResult.Done("Discussione spostata.");
        }

        var to = await db.Spaces.FirstOrDefaultAsync(s => s.Id == spaceId, ct);
        if (to is null || to.IsArchived || !(await permissions.ForAsync(to, ct)).CanModerate)
        {
            return ModerationResult.Refused("Puoi spostare la discussione solo in uno spazio che moderi.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        topic.MoveTo(to.Id);
        audit.Record(db, topic.NetworkId, "community.topic.moved", "topic", topic.Id, $"{topic.Title}: {from.Name} → {to.Name}");
        ModerationEvents.Applied(db, topic.NetworkId, topic.AuthorId, "moved", topic.Id, null, topic.Title, now);
        await db.SaveChangesAsync(ct);
        await SpaceCounters.RecountAsync(db, from.Id, ct);
        await SpaceCounters.RecountAsync(db, to.Id, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ModerationResult.Done("Discussione spostata.");
    }

    /// <summary>
    /// Moves every post of the topic to the end of <paramref name="targetTopicId"/> (numbered after its last post); the
    /// merged topic is hidden and its page sends readers to the target.
    /// </summary>
    public async Task<ModerationResult> MergeAsync(Guid topicId, Guid targetTopicId, CancellationToken ct)
    {
        var (refusal, item) = await ModeratedItems.TopicAsync(db, permissions, topicId, ct);
        if (item is null)
        {
            return refusal!;
        }

        var (source, sourceSpace) = item;
        if (source.MergedIntoId is { } mergedInto)
        {
            return mergedInto == targetTopicId ? ModerationResult.Done("Discussioni unite.") : Merged;
        }

        var target = targetTopicId == topicId ? null : await db.Topics.FirstOrDefaultAsync(t => t.Id == targetTopicId, ct);
        var targetSpace = target is null ? null : await db.Spaces.FirstOrDefaultAsync(s => s.Id == target.SpaceId, ct);
        if (target is null || targetSpace is null || target.MergedIntoId is not null || !(await permissions.ForAsync(targetSpace, ct)).CanModerate)
        {
            return ModerationResult.Refused("Scegli un'altra discussione, in uno spazio che moderi.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var posts = await db.Posts.Where(p => p.TopicId == source.Id).OrderBy(p => p.Number).ToListAsync(ct);
        foreach (var post in posts)
        {
            post.MoveTo(target.Id, target.NextPostNumber());
        }

        if (source.LastPostAt > target.LastPostAt)
        {
            target.Replied(source.LastPostAuthorId, source.LastPostAt, visible: false);
        }

        source.MergeInto(target.Id);
        audit.Record(db, source.NetworkId, "community.topic.merged", "topic", source.Id, $"{source.Title} → {target.Title}");
        ModerationEvents.Applied(db, source.NetworkId, source.AuthorId, "merged", target.Id, null, source.Title, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Forget the half-done merge, so the page shows the topics as they are.
            db.ChangeTracker.Clear();
            return ModerationResult.Refused("La discussione di destinazione ha ricevuto un messaggio proprio ora: riprova.");
        }

        target.RecountReplies(await SpaceCounters.VisibleRepliesAsync(db, target.Id, ct));
        await SpaceCounters.RecountAsync(db, sourceSpace.Id, ct);
        if (targetSpace.Id != sourceSpace.Id)
        {
            await SpaceCounters.RecountAsync(db, targetSpace.Id, ct);
        }

        await db.SaveChangesAsync(ct);
        await index.RemoveAsync(db, CommunitySearchDocuments.TopicKind, source.Id, ct);
        if (target.Visibility == Visibility.Visible)
        {
            foreach (var post in posts.Where(p => p.Visibility == Visibility.Visible))
            {
                await index.UpsertAsync(db, CommunitySearchDocuments.Reply(post, target.Title), ct);
            }
        }

        await MemberStatistics.RefreshAsync(db, source.NetworkId, source.AuthorId, ct);
        await transaction.CommitAsync(ct);
        return ModerationResult.Done("Discussioni unite.");
    }

    private async Task<(ModerationResult? Refusal, ModeratedTopic? Item)> LoadAsync(Guid topicId, CancellationToken ct)
    {
        var (refusal, item) = await ModeratedItems.TopicAsync(db, permissions, topicId, ct);
        return item is { Topic.MergedIntoId: not null } ? (Merged, null) : (refusal, item);
    }
}
