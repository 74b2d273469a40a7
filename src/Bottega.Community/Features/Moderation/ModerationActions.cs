using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Reputation;
using Bottega.Community.Features.Search;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Auditing;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Moderation;

/// <summary>
/// What a moderator does to one post: approve or reject a new member's post, hide or show it again, settle its flags.
/// Each action is one transaction (the change, the counters, the search index, the audit entry and the author's event)
/// and doing it twice changes nothing the second time.
/// </summary>
public sealed class ModerationActions
{
    private readonly CommunityDbContext db;
    private readonly SpacePermissions permissions;
    private readonly AuditTrail audit;
    private readonly IFullTextIndex index;
    private readonly ICurrentUser user;
    private readonly TimeProvider time;

    internal ModerationActions(CommunityDbContext db, SpacePermissions permissions, AuditTrail audit, IFullTextIndex index, ICurrentUser user,
        TimeProvider time)
    {
        this.db = db;
        this.permissions = permissions;
        this.audit = audit;
        this.index = index;
        this.user = user;
        this.time = time;
    }

    /// <summary>Publishes a post held for review; the author is trusted from now on.</summary>
    public async Task<ModerationResult> ApproveAsync(Guid postId, CancellationToken ct)
    {
        var (refusal, item) = await ModeratedItems.PostAsync(db, permissions, postId, ct);
        if (item is null)
        {
            return refusal!;
        }

        var (post, topic, space) = item;
        if (post.Visibility == Visibility.Visible)
        {
            return ModerationResult.Done("Messaggio approvato.");
        }

        if (post.Visibility != Visibility.PendingReview)
        {
            return ModerationResult.Refused("Il messaggio non è in attesa di revisione.");
        }

        var now = Now();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        post.SetVisibility(Visibility.Visible);
        if (post.Number == 1 && topic.MergedIntoId is null)
        {
            topic.SetVisibility(Visibility.Visible);
        }

        (await MemberStatistics.GetOrAddAsync(db, post.NetworkId, post.AuthorId, ct)).Trust(now);
        var tagIds = await db.TopicTags.Where(t => t.TopicId == topic.Id).Select(t => t.TagId).ToListAsync(ct);
        CommunityOutbox.Add(db, PostPublished.OutboxType, new PostPublished(post.NetworkId, space.Id, topic.Id, post.Id, post.Number, post.AuthorId,
            topic.Kind == TopicKind.Question, topic.Title, Excerpts.Of(post.Markdown), tagIds, [], now), now);
        ModerationEvents.Applied(db, post.NetworkId, post.AuthorId, "approved", topic.Id, post.Id, topic.Title, now);
        audit.Record(db, post.NetworkId, "community.post.approved", "post", post.Id, topic.Title);
        await db.SaveChangesAsync(ct);
        await AfterVisibilityChangeAsync(item, ct);
        if (topic.Visibility == Visibility.Visible)
        {
            // An approved first post opens the topic: index it with any reply already visible in it.
            await ReindexAsync(topic, post.Number == 1 ? null : post.Id, ct);
        }

        await transaction.CommitAsync(ct);
        return ModerationResult.Done("Messaggio approvato.");
    }

    /// <summary>Refuses a post held for review: it stays hidden (and its topic, for a first post).</summary>
    public async Task<ModerationResult> RejectAsync(Guid postId, CancellationToken ct)
    {
        var (refusal, item) = await ModeratedItems.PostAsync(db, permissions, postId, ct);
        if (item is null)
        {
            return refusal!;
        }

        var (post, topic, _) = item;
        if (post.Visibility == Visibility.Hidden)
        {
            return ModerationResult.Done("Messaggio rifiutato.");
        }

        if (post.Visibility != Visibility.PendingReview)
        {
            return ModerationResult.Refused("Il messaggio non è in attesa di revisione.");
        }

        var now = Now();
        post.SetVisibility(Visibility.Hidden);
        if (post.Number == 1)
        {
            topic.SetVisibility(Visibility.Hidden);
        }

        ModerationEvents.Applied(db, post.NetworkId, post.AuthorId, "rejected", topic.Id, post.Id, topic.Title, now);
        audit.Record(db, post.NetworkId, "community.post.rejected", "post", post.Id, topic.Title);
        await db.SaveChangesAsync(ct);
        return ModerationResult.Done("Messaggio rifiutato.");
    }

    /// <summary>Hides a visible post (the whole topic for its first post) and upholds its open flags.</summary>
    public async Task<ModerationResult> HideAsync(Guid postId, CancellationToken ct)
    {
        var (refusal, item) = await ModeratedItems.PostAsync(db, permissions, postId, ct);
        if (item is null)
        {
            return refusal!;
        }

        var (post, topic, _) = item;
        if (post.Visibility == Visibility.Hidden)
        {
            return ModerationResult.Done("Messaggio nascosto.");
        }

        if (post.Visibility != Visibility.Visible)
        {
            return ModerationResult.Refused("Si possono nascondere solo i messaggi visibili.");
        }

        var now = Now();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        post.SetVisibility(Visibility.Hidden);
        if (post.Number == 1)
        {
            topic.SetVisibility(Visibility.Hidden);
            await index.RemoveAsync(db, CommunitySearchDocuments.TopicKind, topic.Id, ct);
            foreach (var replyId in await db.Posts.Where(p => p.TopicId == topic.Id && p.Number > 1).Select(p => p.Id).ToListAsync(ct))
            {
                await index.RemoveAsync(db, CommunitySearchDocuments.PostKind, replyId, ct);
            }
        }
        else
        {
            await index.RemoveAsync(db, CommunitySearchDocuments.PostKind, post.Id, ct);
        }

        await ResolveFlagsAsync(post.Id, FlagResolution.Upheld, now, ct);
        ModerationEvents.Applied(db, post.NetworkId, post.AuthorId, "hidden", topic.Id, post.Id, topic.Title, now);
        audit.Record(db, post.NetworkId, "community.post.hidden", "post", post.Id, topic.Title);
        await db.SaveChangesAsync(ct);
        await AfterVisibilityChangeAsync(item, ct);
        await transaction.CommitAsync(ct);
        return ModerationResult.Done("Messaggio nascosto.");
    }

    /// <summary>Shows a hidden post again (and its topic, for a first post), back in search.</summary>
    public async Task<ModerationResult> UnhideAsync(Guid postId, CancellationToken ct)
    {
        var (refusal, item) = await ModeratedItems.PostAsync(db, permissions, postId, ct);
        if (item is null)
        {
            return refusal!;
        }

        var (post, topic, _) = item;
        if (post.Visibility == Visibility.Visible)
        {
            return ModerationResult.Done("Messaggio di nuovo visibile.");
        }

        if (post.Visibility != Visibility.Hidden || (post.Number == 1 && topic.MergedIntoId is not null))
        {
            return ModerationResult.Refused("Il messaggio non si può rendere di nuovo visibile.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        post.SetVisibility(Visibility.Visible);
        if (post.Number == 1)
        {
            topic.SetVisibility(Visibility.Visible);
        }

        audit.Record(db, post.NetworkId, "community.post.unhidden", "post", post.Id, topic.Title);
        await db.SaveChangesAsync(ct);
        await AfterVisibilityChangeAsync(item, ct);
        if (topic.Visibility == Visibility.Visible)
        {
            await ReindexAsync(topic, post.Number == 1 ? null : post.Id, ct);
        }

        await transaction.CommitAsync(ct);
        return ModerationResult.Done("Messaggio di nuovo visibile.");
    }

    /// <summary>Closes the post's open flags without acting on it.</summary>
    public async Task<ModerationResult> DismissFlagsAsync(Guid postId, CancellationToken ct)
    {
        var (refusal, item) = await ModeratedItems.PostAsync(db, permissions, postId, ct);
        if (item is null)
        {
            return refusal!;
        }

        if (await ResolveFlagsAsync(postId, FlagResolution.Dismissed, Now(), ct) > 0)
        {
            audit.Record(db, item.Post.NetworkId, "community.flags.dismissed", "post", postId, item.Topic.Title);
            await db.SaveChangesAsync(ct);
        }

        return ModerationResult.Done("Segnalazioni archiviate.");
    }

    /// <summary>Agrees with the flags: the post is hidden and its flags closed as upheld.</summary>
    public Task<ModerationResult> UpholdFlagsAsync(Guid postId, CancellationToken ct) => HideAsync(postId, ct);

    /// <summary>Indexes the topic with its visible replies, or only one reply.</summary>
    internal async Task ReindexAsync(Topic topic, Guid? onlyPostId, CancellationToken ct)
    {
        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.TopicId == topic.Id && p.Visibility == Visibility.Visible && (onlyPostId == null || p.Id == onlyPostId))
            .ToListAsync(ct);
        foreach (var post in posts)
        {
            await index.UpsertAsync(db, post.Number == 1 ? CommunitySearchDocuments.Topic(topic, post.Markdown) : CommunitySearchDocuments.Reply(post, topic.Title), ct);
        }
    }

    private async Task<int> ResolveFlagsAsync(Guid postId, FlagResolution resolution, DateTime now, CancellationToken ct)
    {
        var moderatorId = user.Id ?? Guid.Empty;
        var open = await db.Flags.Where(f => f.PostId == postId && f.ResolvedAt == null).ToListAsync(ct);
        foreach (var flag in open)
        {
            flag.Resolve(moderatorId, resolution, now);
        }

        return open.Count;
    }

    private async Task AfterVisibilityChangeAsync(ModeratedPost item, CancellationToken ct)
    {
        item.Topic.RecountReplies(await SpaceCounters.VisibleRepliesAsync(db, item.Topic.Id, ct));
        await SpaceCounters.RecountAsync(db, item.Space.Id, ct);
        await MemberStatistics.RefreshAsync(db, item.Post.NetworkId, item.Post.AuthorId, ct);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
