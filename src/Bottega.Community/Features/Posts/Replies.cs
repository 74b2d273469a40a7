using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Moderation;
using Bottega.Community.Features.Reputation;
using Bottega.Community.Features.Search;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>What the reply form sends.</summary>
public sealed record NewReply(string? Body, Guid? ReplyToId, IReadOnlyList<Guid> AttachmentIds, Guid? ClientKey);

/// <summary>Replies (answers, in a question) to a topic the person can read and post in.</summary>
public sealed class Replies
{
    private const int MaxTries = 5;
    private readonly CommunityDbContext db;
    private readonly TimeProvider time;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;
    private readonly PostingGate gate;
    private readonly PostComposer composer;
    private readonly IFullTextIndex index;

    internal Replies(CommunityDbContext db, TimeProvider time, ICurrentUser user, SpacePermissions permissions, PostingGate gate,
        PostComposer composer, IFullTextIndex index)
    {
        this.db = db;
        this.time = time;
        this.user = user;
        this.permissions = permissions;
        this.gate = gate;
        this.composer = composer;
        this.index = index;
    }

    public async Task<PostingResult> ReplyAsync(Guid topicId, NewReply input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = user.Id ?? throw new InvalidOperationException("Not signed in.");
        var place = await TopicAccess.TopicAsync(db, permissions, topicId, track: false, ct);
        if (place is null || !place.CanSee(me))
        {
            return PostingResult.Missing;
        }

        if (await ClientKeys.ExistingAsync(db, me, input.ClientKey, ct) is { } again)
        {
            return again;
        }

        if (ReplyRules.Refusal(place) is { } closed)
        {
            return closed;
        }

        var (text, textRefusal) = await composer.ComposeAsync(place.Space, input.Body, ct);
        if (text is null)
        {
            return textRefusal!;
        }

        var replyTo = input.ReplyToId is { } quoted && await db.Posts.AnyAsync(p => p.Id == quoted && p.TopicId == topicId, ct) ? quoted : (Guid?)null;
        var (uploads, uploadRefusal) = await composer.UploadsAsync(me, input.AttachmentIds, ct);
        if (uploadRefusal is not null)
        {
            return uploadRefusal;
        }

        var decision = await gate.CheckAsync(place.Space.NetworkId, me, place.Rights.CanModerate, input.Body, ct);
        if (GateMessages.Refusal(decision) is { } refused)
        {
            return refused;
        }

        var review = decision.Outcome == GateOutcome.Review;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(topicId, text, replyTo, [.. uploads.Select(u => u.Id)], me, input.ClientKey, review, ct);
            }
            catch (DbUpdateException) when (attempt < MaxTries)
            {
                // Another reply took the number (the topic's concurrency token or the unique number), or the same form arrived twice.
                db.ChangeTracker.Clear();
                if (await ClientKeys.ExistingAsync(db, me, input.ClientKey, ct) is { } saved)
                {
                    return saved;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), ct);
            }
        }
    }

    private async Task<PostingResult> SaveAsync(Guid topicId, ComposedText text, Guid? replyTo, List<Guid> uploadIds, Guid me, Guid? clientKey, bool review,
        CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var visibility = review ? Visibility.PendingReview : Visibility.Visible;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var topic = await db.Topics.FirstAsync(t => t.Id == topicId, ct);
        var space = await db.Spaces.FirstAsync(s => s.Id == topic.SpaceId, ct);
        var post = Post.Create(topic.NetworkId, topic.Id, topic.NextPostNumber(), me, text.Markdown, text.Html, replyTo, visibility, clientKey, now);
        db.Posts.Add(post);
        db.Revisions.Add(PostRevision.Create(topic.NetworkId, post.Id, 1, null, text.Markdown, me, null, now));
        topic.Replied(me, now, !review);
        var uploads = await db.Attachments.Where(a => uploadIds.Contains(a.Id) && a.PostId == null).ToListAsync(ct);
        uploads.ForEach(a => a.AttachTo(post.Id));
        await TopicSubscriptions.FollowAsync(db, topic.NetworkId, me, topic.Id, now, ct);
        (await MemberStatistics.GetOrAddAsync(db, topic.NetworkId, me, ct)).Posted(now);
        if (!review)
        {
            var tagIds = await db.TopicTags.Where(t => t.TopicId == topic.Id).Select(t => t.TagId).ToListAsync(ct);
            CommunityOutbox.Add(db, PostPublished.OutboxType, new PostPublished(topic.NetworkId, space.Id, topic.Id, post.Id, post.Number, me,
                topic.Kind == TopicKind.Question, topic.Title, Excerpts.Of(text.Markdown), tagIds, text.MentionedUserIds, now), now);
        }

        await db.SaveChangesAsync(ct);
        if (!review)
        {
            await SpaceCounters.PostAddedAsync(db, space.Id, now, ct);
        }

        await CommunitySearchDocuments.IndexAsync(index, db, topic, post, ct);
        await transaction.CommitAsync(ct);
        if (!review && topic.Kind == TopicKind.Question)
        {
            await MemberStatistics.RefreshAsync(db, topic.NetworkId, me, ct);
        }

        return PostingResult.Saved(topic.Id, post.Id, review);
    }
}
