using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Posts;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Topics;

/// <summary>
/// Reads a topic page with a fixed number of queries whatever its size: topic and space, rights, tags, first post,
/// a page of replies and their count, then names, reputations, attachments and the reader's votes of that page.
/// </summary>
public sealed class TopicReading
{
    private readonly CommunityDbContext db;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;
    private readonly IPersonNames names;
    private readonly TopicViewCounter viewCounter;

    internal TopicReading(CommunityDbContext db, ICurrentUser user, SpacePermissions permissions, IPersonNames names, TopicViewCounter viewCounter)
    {
        this.db = db;
        this.user = user;
        this.permissions = permissions;
        this.names = names;
        this.viewCounter = viewCounter;
    }

    /// <summary>Where a merged topic now lives, if it was merged (the page redirects there).</summary>
    public Task<Guid?> MergedIntoAsync(Guid topicId, CancellationToken ct) =>
        db.Topics.AsNoTracking().Where(t => t.Id == topicId).Select(t => t.MergedIntoId).FirstOrDefaultAsync(ct);

    public async Task<TopicView?> GetAsync(Guid topicId, int page, CancellationToken ct)
    {
        var me = user.Id;
        var place = await TopicAccess.TopicAsync(db, permissions, topicId, track: false, ct);
        if (place is null || !place.CanSee(me))
        {
            return null;
        }

        var (topic, space, rights) = place;
        var tags = await db.TopicTags.AsNoTracking().Where(tt => tt.TopicId == topicId)
            .Join(db.Tags, tt => tt.TagId, t => t.Id, (tt, t) => new TagView(t.Slug, t.Name)).ToListAsync(ct);
        var posts = db.Posts.AsNoTracking().Where(p => p.TopicId == topicId);
        if (!rights.CanModerate)
        {
            posts = posts.Where(p => p.Visibility == Visibility.Visible || p.Visibility == Visibility.Deleted
                || (p.Visibility == Visibility.PendingReview && p.AuthorId == me));
        }

        var first = await posts.FirstOrDefaultAsync(p => p.Number == 1, ct);
        var replies = posts.Where(p => p.Number > 1);
        var total = await replies.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PostLimits.RepliesPerPage - 1) / PostLimits.RepliesPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var accepted = topic.AcceptedPostId;
        var ordered = topic.Kind == TopicKind.Question
            ? replies.OrderBy(p => p.Id == accepted ? 0 : 1).ThenByDescending(p => p.Score).ThenBy(p => p.Number)
            : replies.OrderBy(p => p.Number);
        var pagePosts = await ordered.Skip((page - 1) * PostLimits.RepliesPerPage).Take(PostLimits.RepliesPerPage).ToListAsync(ct);
        var shown = first is null ? pagePosts : [first, .. pagePosts];

        var views = await ViewsAsync(shown, topic, rights, me, ct);
        var (canReply, notice) = ReplyState(place, me);
        var canAccept = topic.Kind == TopicKind.Question && (topic.AuthorId == me || rights.CanModerate);
        var header = new TopicHeader(topic.Id, space.Id, space.Slug, space.Name, topic.Kind, topic.Title, topic.Visibility, topic.IsLocked, topic.IsPinned,
            topic.AuthorId, topic.AcceptedPostId, topic.ReplyCount, topic.ViewCount + 1, topic.CreatedAt);
        viewCounter.Record(topicId);
        return new TopicView(header, tags, first is null ? null : views[0], first is null ? views : views.Skip(1).ToList(), page, pageCount,
            canReply, notice, rights.CanModerate, canAccept, rights.CanRead && me is not null);
    }

    /// <summary>The quoted post as a Markdown blockquote with its author's name, if the reader may see it.</summary>
    public async Task<string?> QuoteAsync(Guid topicId, Guid postId, CancellationToken ct)
    {
        var found = await TopicAccess.PostAsync(db, permissions, postId, track: false, ct);
        if (found is not { } f || f.Post.TopicId != topicId || !f.Place.CanSee(user.Id) || f.Post.Visibility == Visibility.Deleted || !f.Place.CanSee(f.Post, user.Id))
        {
            return null;
        }

        var author = (await names.GetAsync([f.Post.AuthorId], ct)).GetValueOrDefault(f.Post.AuthorId, "");
        var lines = f.Post.Markdown.Split('\n').Select(l => "> " + l.TrimEnd('\r'));
        return $"> **{author}**:\n>\n{string.Join('\n', lines)}\n\n";
    }

    private async Task<List<PostView>> ViewsAsync(List<Post> posts, Topic topic, SpaceRights rights, Guid? me, CancellationToken ct)
    {
        var ids = posts.Select(p => p.Id).ToList();
        var authorIds = posts.Select(p => p.AuthorId).Distinct().ToList();
        var personNames = await names.GetAsync(authorIds, ct);
        var reputation = await db.MemberStats.AsNoTracking().Where(s => s.NetworkId == topic.NetworkId && authorIds.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, s => s.Reputation, ct);
        var files = (await db.Attachments.AsNoTracking().Where(a => a.PostId != null && ids.Contains(a.PostId.Value))
            .OrderBy(a => a.CreatedAt).Select(a => new { a.PostId, View = new AttachmentView(a.Id, a.FileName, a.Size, a.IsImage) }).ToListAsync(ct))
            .ToLookup(a => a.PostId!.Value, a => a.View);
        var myVotes = me is null
            ? []
            : await db.Votes.AsNoTracking().Where(v => v.UserId == me && ids.Contains(v.PostId)).ToDictionaryAsync(v => v.PostId, v => v.Value, ct);
        return posts.Select(p =>
        {
            var deleted = p.Visibility == Visibility.Deleted && !rights.CanModerate;
            return new PostView(p.Id, p.Number, p.AuthorId, personNames.GetValueOrDefault(p.AuthorId, ""), reputation.GetValueOrDefault(p.AuthorId),
                deleted ? "" : p.Html, p.CreatedAt, p.EditedAt, p.Visibility, p.Score, myVotes.GetValueOrDefault(p.Id), p.Id == topic.AcceptedPostId,
                p.AuthorId == me, p.Visibility != Visibility.Deleted && (p.AuthorId == me || rights.CanModerate),
                deleted ? [] : files[p.Id].ToList());
        }).ToList();
    }

    private static (bool CanReply, string? Notice) ReplyState(TopicPlace place, Guid? me)
    {
        if (me is null)
        {
            return (false, null);
        }

        var refusal = ReplyRules.Refusal(place);
        return refusal is null ? (true, null) : (false, refusal.Error);
    }
}
