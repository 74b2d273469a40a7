using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Moderation;
using Bottega.Community.Features.Posts;
using Bottega.Community.Features.Reputation;
using Bottega.Community.Features.Search;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Topics;

/// <summary>What the new-topic form sends.</summary>
public sealed record NewTopic(TopicKind Kind, string? Title, string? Body, string? Tags, IReadOnlyList<Guid> AttachmentIds, Guid? ClientKey);

/// <summary>Opens a discussion or a question in a space: the topic, its first post and revision, tags, index and event in one transaction.</summary>
public sealed class TopicCreation
{
    private const int MaxTries = 3;
    private readonly CommunityDbContext db;
    private readonly TimeProvider time;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;
    private readonly PostingGate gate;
    private readonly PostComposer composer;
    private readonly IFullTextIndex index;

    internal TopicCreation(CommunityDbContext db, TimeProvider time, ICurrentUser user, SpacePermissions permissions, PostingGate gate,
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

    /// <summary>The space by slug if the person may post in it (null otherwise), for the form.</summary>
    public async Task<Space?> PostableSpaceAsync(string spaceSlug, CancellationToken ct)
    {
        var space = await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == spaceSlug, ct);
        return space is not null && (await permissions.ForAsync(space, ct)).CanPost ? space : null;
    }

    public async Task<PostingResult> CreateAsync(string spaceSlug, NewTopic input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = user.Id ?? throw new InvalidOperationException("Not signed in.");
        var space = await db.Spaces.FirstOrDefaultAsync(s => s.Slug == spaceSlug, ct);
        var rights = space is null ? SpaceRights.None : await permissions.ForAsync(space, ct);
        if (space is null || !rights.CanRead)
        {
            return PostingResult.Missing;
        }

        if (!rights.CanPost)
        {
            return PostingResult.Refuse("Non puoi aprire discussioni in questo spazio.");
        }

        if (await ClientKeys.ExistingAsync(db, me, input.ClientKey, ct) is { } again)
        {
            return again;
        }

        var title = (input.Title ?? "").Trim();
        if (title.Length is < PostLimits.MinTitle or > PostLimits.MaxTitle)
        {
            return PostingResult.Refuse("Il titolo deve avere tra {0} e {1} caratteri.", PostLimits.MinTitle, PostLimits.MaxTitle);
        }

        var (tags, tagRefusal) = TagInput.Parse(input.Tags);
        var (text, textRefusal) = tagRefusal is null ? await composer.ComposeAsync(space, input.Body, ct) : (null, tagRefusal);
        if (text is null)
        {
            return textRefusal!;
        }

        var (uploads, uploadRefusal) = await composer.UploadsAsync(me, input.AttachmentIds, ct);
        if (uploadRefusal is not null)
        {
            return uploadRefusal;
        }

        var decision = await gate.CheckAsync(space.NetworkId, me, rights.CanModerate, input.Body, ct);
        if (GateMessages.Refusal(decision) is { } refused)
        {
            return refused;
        }

        var uploadIds = uploads.Select(u => u.Id).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(space.Id, input.Kind, title, tags, text, uploadIds, me, input.ClientKey, decision.Outcome == GateOutcome.Review, ct);
            }
            catch (DbUpdateException) when (attempt < MaxTries)
            {
                // The same form submitted twice at once (the other request saved it), or a new tag created by someone else meanwhile.
                db.ChangeTracker.Clear();
                if (await ClientKeys.ExistingAsync(db, me, input.ClientKey, ct) is { } saved)
                {
                    return saved;
                }
            }
        }
    }

    private async Task<PostingResult> SaveAsync(Guid spaceId, TopicKind kind, string title, IReadOnlyList<TagName> tagNames, ComposedText text,
        List<Guid> uploadIds, Guid me, Guid? clientKey, bool review, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var space = await db.Spaces.FirstAsync(s => s.Id == spaceId, ct);
        var uploads = await db.Attachments.Where(a => uploadIds.Contains(a.Id) && a.PostId == null).ToListAsync(ct);
        var visibility = review ? Visibility.PendingReview : Visibility.Visible;
        var topic = Topic.Create(space.NetworkId, space.Id, kind == TopicKind.Question ? TopicKind.Question : TopicKind.Discussion, title, me, visibility, now);
        var post = Post.Create(space.NetworkId, topic.Id, 1, me, text.Markdown, text.Html, null, visibility, clientKey, now);
        db.Topics.Add(topic);
        db.Posts.Add(post);
        db.Revisions.Add(PostRevision.Create(space.NetworkId, post.Id, 1, title, text.Markdown, me, null, now));
        uploads.ForEach(a => a.AttachTo(post.Id));
        await TopicSubscriptions.FollowAsync(db, space.NetworkId, me, topic.Id, now, ct);
        var tags = await TopicTagging.TagAsync(db, topic, tagNames, ct);
        (await MemberStatistics.GetOrAddAsync(db, space.NetworkId, me, ct)).Posted(now);
        if (!review)
        {
            CommunityOutbox.Add(db, PostPublished.OutboxType, new PostPublished(space.NetworkId, space.Id, topic.Id, post.Id, 1, me,
                topic.Kind == TopicKind.Question, title, Excerpts.Of(text.Markdown), [.. tags.Select(t => t.Id)], text.MentionedUserIds, now), now);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (!review)
        {
            await SpaceCounters.TopicAddedAsync(db, space.Id, now, ct);
        }

        await TopicTagging.RecountAsync(db, tags, ct);
        await db.SaveChangesAsync(ct);
        await CommunitySearchDocuments.IndexAsync(index, db, topic, post, ct);
        await transaction.CommitAsync(ct);
        if (!review && topic.Kind == TopicKind.Question)
        {
            await MemberStatistics.RefreshAsync(db, space.NetworkId, me, ct);
        }

        return PostingResult.Saved(topic.Id, post.Id, review);
    }
}
