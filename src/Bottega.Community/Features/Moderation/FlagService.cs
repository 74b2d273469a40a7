using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Moderation;

/// <summary>The post a member is about to report, as the report form shows it.</summary>
public sealed record FlagTarget(Guid PostId, Guid TopicId, string TopicTitle, int Number, string Html, bool IsOwn, bool AlreadyFlagged);

public enum FlagOutcome
{
    Flagged = 0,
    AlreadyFlagged = 1,
    OwnPost = 2,
    NotFound = 3,
    Invalid = 4,
}

/// <summary>Members report posts they can read to the moderators: one open report per person and post, never their own post.</summary>
public sealed class FlagService
{
    public const int MaxCommentLength = 1000;
    private readonly CommunityDbContext db;
    private readonly SpacePermissions permissions;
    private readonly ICurrentUser user;
    private readonly TimeProvider time;

    internal FlagService(CommunityDbContext db, SpacePermissions permissions, ICurrentUser user, TimeProvider time)
    {
        this.db = db;
        this.permissions = permissions;
        this.user = user;
        this.time = time;
    }

    /// <summary>The post, if the person can read it (a visible post of a visible topic in a space they read); null otherwise.</summary>
    public async Task<FlagTarget?> GetAsync(Guid postId, CancellationToken ct)
    {
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId, ct);
        var topic = post is null ? null : await db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == post.TopicId, ct);
        var space = topic is null ? null : await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Id == topic.SpaceId, ct);
        if (post is null || topic is null || space is null || user.Id is not { } userId
            || post.Visibility != Visibility.Visible || topic.Visibility != Visibility.Visible || !(await permissions.ForAsync(space, ct)).CanRead)
        {
            return null;
        }

        var flagged = await db.Flags.AnyAsync(f => f.PostId == postId && f.ReporterId == userId && f.ResolvedAt == null, ct);
        return new FlagTarget(post.Id, topic.Id, topic.Title, post.Number, post.Html, post.AuthorId == userId, flagged);
    }

    public async Task<FlagOutcome> FlagAsync(Guid postId, FlagReason reason, string? comment, CancellationToken ct)
    {
        var target = await GetAsync(postId, ct);
        if (target is null)
        {
            return FlagOutcome.NotFound;
        }

        if (target.IsOwn)
        {
            return FlagOutcome.OwnPost;
        }

        if (target.AlreadyFlagged)
        {
            return FlagOutcome.AlreadyFlagged;
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!Enum.IsDefined(reason) || comment?.Length > MaxCommentLength || (reason == FlagReason.Other && comment is null))
        {
            return FlagOutcome.Invalid;
        }

        var flag = Flag.Create(db.CurrentNetworkId!.Value, postId, user.Id!.Value, reason, comment, time.GetUtcNow().UtcDateTime);
        db.Flags.Add(flag);
        try
        {
            await db.SaveChangesAsync(ct);
            return FlagOutcome.Flagged;
        }
        catch (DbUpdateException)
        {
            // The same person's second click, a moment after the first: the filtered unique index keeps one open flag.
            db.Entry(flag).State = EntityState.Detached;
            return FlagOutcome.AlreadyFlagged;
        }
    }
}
