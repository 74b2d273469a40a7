using Bottega.Community.Data;
using Bottega.Community.Features.Access;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>One version of a post, with what changed since the version before (HTML, encoded, with ins/del).</summary>
public sealed record RevisionView(int Number, string? Title, string Markdown, string EditorName, string? Reason, DateTime CreatedAt, string ChangesHtml);

public sealed record HistoryView(Guid PostId, Guid TopicId, string TopicTitle, IReadOnlyList<RevisionView> Revisions);

/// <summary>The versions of a post, newest first, for whoever may read it.</summary>
public sealed class PostHistory
{
    private readonly CommunityDbContext db;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;
    private readonly IPersonNames names;

    internal PostHistory(CommunityDbContext db, ICurrentUser user, SpacePermissions permissions, IPersonNames names)
    {
        this.db = db;
        this.user = user;
        this.permissions = permissions;
        this.names = names;
    }

    public async Task<HistoryView?> GetAsync(Guid postId, CancellationToken ct)
    {
        var found = await TopicAccess.PostAsync(db, permissions, postId, track: false, ct);
        if (found is not { } f || !f.Place.CanSee(user.Id) || !f.Place.CanSee(f.Post, user.Id)
            || (f.Post.Visibility == Domain.Visibility.Deleted && !f.Place.Rights.CanModerate))
        {
            return null;
        }

        var revisions = await db.Revisions.AsNoTracking().Where(r => r.PostId == postId).OrderBy(r => r.Number).Take(200).ToListAsync(ct);
        var editors = await names.GetAsync(revisions.Select(r => r.EditorId).Distinct(), ct);
        var views = revisions.Select((r, i) => new RevisionView(r.Number, r.Title, r.Markdown, editors.GetValueOrDefault(r.EditorId, ""), r.Reason,
            r.CreatedAt, i == 0 ? "" : TextDiff.Html(revisions[i - 1].Markdown, r.Markdown))).Reverse().ToList();
        return new HistoryView(postId, f.Place.Topic.Id, f.Place.Topic.Title, views);
    }
}
