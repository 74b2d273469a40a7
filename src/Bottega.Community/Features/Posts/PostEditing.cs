using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Search;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Auditing;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>A post as the edit form shows it; <see cref="Title"/> only for a topic's first post.</summary>
public sealed record PostDraft(Guid PostId, Guid TopicId, string? Title, string Markdown, Guid SpaceId);

/// <summary>
/// Edits by the author (at any time) or a moderator: each edit keeps a revision (with the title for a first post),
/// re-renders and re-indexes; a moderator's edit of someone else's post is audited. Authors may delete their posts.
/// </summary>
public sealed class PostEditing
{
    private readonly CommunityDbContext db;
    private readonly TimeProvider time;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;
    private readonly PostComposer composer;
    private readonly IFullTextIndex index;
    private readonly AuditTrail audit;

    internal PostEditing(CommunityDbContext db, TimeProvider time, ICurrentUser user, SpacePermissions permissions, PostComposer composer,
        IFullTextIndex index, AuditTrail audit)
    {
        this.db = db;
        this.time = time;
        this.user = user;
        this.permissions = permissions;
        this.composer = composer;
        this.index = index;
        this.audit = audit;
    }

    /// <summary>The post for the edit form, if the person may edit it.</summary>
    public async Task<PostDraft?> DraftAsync(Guid postId, CancellationToken ct)
    {
        var found = await EditableAsync(postId, track: false, ct);
        return found is not { } f ? null
            : new PostDraft(f.Post.Id, f.Place.Topic.Id, f.Post.Number == 1 ? f.Place.Topic.Title : null, f.Post.Markdown, f.Place.Space.Id);
    }

    public async Task<PostingResult> EditAsync(Guid postId, string? title, string? body, string? reason, CancellationToken ct)
    {
        var me = user.Id ?? throw new InvalidOperationException("Not signed in.");
        var found = await EditableAsync(postId, track: true, ct);
        if (found is not { } f)
        {
            return PostingResult.Missing;
        }

        var (post, place) = f;
        var topic = place.Topic;
        var newTitle = (title ?? "").Trim();
        if (post.Number == 1 && newTitle.Length is < PostLimits.MinTitle or > PostLimits.MaxTitle)
        {
            return PostingResult.Refuse("Il titolo deve avere tra {0} e {1} caratteri.", PostLimits.MinTitle, PostLimits.MaxTitle);
        }

        var (text, refusal) = await composer.ComposeAsync(place.Space, body, ct);
        if (text is null)
        {
            return refusal!;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, 300)];
        var number = (await db.Revisions.Where(r => r.PostId == post.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        post.Edit(text.Markdown, text.Html, now);
        if (post.Number == 1)
        {
            topic.Rename(newTitle);
        }

        db.Revisions.Add(PostRevision.Create(post.NetworkId, post.Id, number, post.Number == 1 ? newTitle : null, text.Markdown, me, note, now));
        if (post.AuthorId != me)
        {
            audit.Record(db, post.NetworkId, "community.post-edited", "Post", post.Id, topic.Title);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await CommunitySearchDocuments.IndexAsync(index, db, topic, post, ct);
        await transaction.CommitAsync(ct);
        return PostingResult.Saved(topic.Id, post.Id, post.Visibility == Visibility.PendingReview);
    }

    /// <summary>
    /// The author deletes their post: it stays in the thread's numbering as deleted. A first post takes its topic with it,
    /// which is possible only while nobody has replied.
    /// </summary>
    /// <returns>The result and, when the topic went with its first post, the slug of its space (where the author goes next).</returns>
    public async Task<(PostingResult Result, string? SpaceOfDeletedTopic)> DeleteAsync(Guid postId, CancellationToken ct)
    {
        var me = user.Id ?? throw new InvalidOperationException("Not signed in.");
        var found = await TopicAccess.PostAsync(db, permissions, postId, track: true, ct);
        if (found is not { } f || !f.Place.CanSee(me) || f.Post.AuthorId != me || f.Post.Visibility == Visibility.Deleted)
        {
            return (PostingResult.Missing, null);
        }

        var (post, place) = f;
        var topic = place.Topic;
        var wasVisible = post.Visibility == Visibility.Visible;
        if (post.Number == 1)
        {
            if (await db.Posts.AnyAsync(p => p.TopicId == topic.Id && p.Number > 1 && p.Visibility != Visibility.Deleted, ct))
            {
                return (PostingResult.Refuse("Non puoi eliminare una discussione che ha già delle risposte: puoi modificarne il testo."), null);
            }

            topic.SetVisibility(Visibility.Deleted);
        }

        post.SetVisibility(Visibility.Deleted);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (topic.AcceptedPostId == post.Id)
        {
            topic.Accept(null);
            await db.ReputationEvents.Where(e => e.PostId == post.Id
                && (e.Reason == ReputationReason.AnswerAccepted || e.Reason == ReputationReason.AcceptedAnAnswer)).ExecuteDeleteAsync(ct);
        }

        await db.SaveChangesAsync(ct);
        topic.RecountReplies(await SpaceCounters.VisibleRepliesAsync(db, topic.Id, ct));
        await db.SaveChangesAsync(ct);
        if (wasVisible)
        {
            await SpaceCounters.RecountAsync(db, place.Space.Id, ct);
        }

        await CommunitySearchDocuments.RemoveAsync(index, db, topic, post, ct);
        await transaction.CommitAsync(ct);
        await Reputation.MemberStatistics.RefreshAsync(db, post.NetworkId, me, ct);
        return (PostingResult.Saved(topic.Id, post.Id, pending: false), post.Number == 1 ? place.Space.Slug : null);
    }

    private async Task<(Post Post, TopicPlace Place)?> EditableAsync(Guid postId, bool track, CancellationToken ct)
    {
        var me = user.Id;
        var found = await TopicAccess.PostAsync(db, permissions, postId, track, ct);
        if (found is not { } f || !f.Place.CanSee(me) || !f.Place.CanSee(f.Post, me) || f.Post.Visibility == Visibility.Deleted)
        {
            return null;
        }

        return f.Post.AuthorId == me || f.Place.Rights.CanModerate ? f : null;
    }
}
