using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Moderation;

/// <summary>What the current person moderates: some spaces (a space moderator) or all, with bans (a network moderator or admin).</summary>
public sealed record ModerationScope(IReadOnlyList<Guid> SpaceIds, bool IsNetworkModerator)
{
    public bool IsModerator => IsNetworkModerator || SpaceIds.Count > 0;
}

public sealed record QueuePage<T>(IReadOnlyList<T> Rows, int Page, int PageCount, int Total);

/// <summary>One reason given for a flagged post, and by how many people.</summary>
public sealed record FlagReasonCount(FlagReason Reason, int Count);

public sealed record FlagComment(string ReporterName, FlagReason Reason, string Comment);

/// <summary>A post with open flags, as the queue shows it.</summary>
public sealed record FlaggedPost(Guid PostId, int Number, Guid TopicId, string TopicTitle, string SpaceName, Guid AuthorId, string AuthorName, string Html,
    Visibility Visibility, int FlagCount, DateTime FirstFlaggedAt, IReadOnlyList<FlagReasonCount> Reasons, IReadOnlyList<FlagComment> Comments);

/// <summary>A new member's post waiting for approval.</summary>
public sealed record PendingPost(Guid PostId, int Number, Guid TopicId, string TopicTitle, string SpaceName, Guid AuthorId, string AuthorName, string Html,
    DateTime CreatedAt);

public sealed record ActiveBan(Guid BanId, Guid UserId, string UserName, DateTime Until, string Reason, string ModeratorName, DateTime CreatedAt);

/// <summary>The moderation queue's three lists, limited to the spaces the person moderates, paginated.</summary>
public sealed class ModerationLists
{
    public const int PageSize = 20;
    private const int CommentsShown = 10;
    private readonly CommunityDbContext db;
    private readonly SpacePermissions permissions;
    private readonly IPersonNames names;
    private readonly TimeProvider time;

    internal ModerationLists(CommunityDbContext db, SpacePermissions permissions, IPersonNames names, TimeProvider time)
    {
        this.db = db;
        this.permissions = permissions;
        this.names = names;
        this.time = time;
    }

    public async Task<ModerationScope> ScopeAsync(CancellationToken ct) =>
        new(await permissions.ModeratedSpaceIdsAsync(ct), await permissions.IsNetworkModeratorAsync(ct));

    /// <summary>Posts with open flags, most flagged first, then the longest waiting.</summary>
    public async Task<QueuePage<FlaggedPost>> FlagsAsync(ModerationScope scope, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var spaceIds = scope.SpaceIds.ToList();
        var groups = from f in db.Flags
                     where f.ResolvedAt == null
                     join p in db.Posts on f.PostId equals p.Id
                     join t in db.Topics on p.TopicId equals t.Id
                     where spaceIds.Contains(t.SpaceId)
                     group f by f.PostId into g
                     select new { PostId = g.Key, Count = g.Count(), First = g.Min(x => x.CreatedAt) };
        var total = await groups.CountAsync(ct);
        var (number, pages) = Pages(page, total);
        var slice = await groups.OrderByDescending(g => g.Count).ThenBy(g => g.First).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var postIds = slice.Select(g => g.PostId).ToList();
        var posts = await (from p in db.Posts.AsNoTracking()
                           where postIds.Contains(p.Id)
                           join t in db.Topics on p.TopicId equals t.Id
                           join s in db.Spaces on t.SpaceId equals s.Id
                           select new { p.Id, p.Number, p.TopicId, t.Title, SpaceName = s.Name, p.AuthorId, p.Html, p.Visibility }).ToDictionaryAsync(p => p.Id, ct);
        var flags = await db.Flags.AsNoTracking().Where(f => f.ResolvedAt == null && postIds.Contains(f.PostId))
            .Select(f => new { f.PostId, f.ReporterId, f.Reason, f.Comment, f.CreatedAt }).ToListAsync(ct);
        var people = await names.GetAsync(posts.Values.Select(p => p.AuthorId).Concat(flags.Select(f => f.ReporterId)).Distinct(), ct);
        var rows = slice.Where(g => posts.ContainsKey(g.PostId)).Select(g =>
        {
            var post = posts[g.PostId];
            var own = flags.Where(f => f.PostId == g.PostId).ToList();
            return new FlaggedPost(post.Id, post.Number, post.TopicId, post.Title, post.SpaceName, post.AuthorId, Name(people, post.AuthorId), post.Html,
                post.Visibility, g.Count, g.First,
                [.. own.GroupBy(f => f.Reason).Select(r => new FlagReasonCount(r.Key, r.Count())).OrderByDescending(r => r.Count)],
                [.. own.Where(f => f.Comment is not null).OrderBy(f => f.CreatedAt).Take(CommentsShown)
                    .Select(f => new FlagComment(Name(people, f.ReporterId), f.Reason, f.Comment!))]);
        }).ToList();
        return new QueuePage<FlaggedPost>(rows, number, pages, total);
    }

    /// <summary>Posts and topics of new members held for review, oldest first.</summary>
    public async Task<QueuePage<PendingPost>> PendingAsync(ModerationScope scope, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var spaceIds = scope.SpaceIds.ToList();
        var pending = from p in db.Posts.AsNoTracking()
                      where p.Visibility == Visibility.PendingReview
                      join t in db.Topics on p.TopicId equals t.Id
                      where spaceIds.Contains(t.SpaceId)
                      join s in db.Spaces on t.SpaceId equals s.Id
                      select new { p.Id, p.Number, p.TopicId, t.Title, SpaceName = s.Name, p.AuthorId, p.Html, p.CreatedAt };
        var total = await pending.CountAsync(ct);
        var (number, pages) = Pages(page, total);
        var slice = await pending.OrderBy(p => p.CreatedAt).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var people = await names.GetAsync(slice.Select(p => p.AuthorId).Distinct(), ct);
        return new QueuePage<PendingPost>(
            [.. slice.Select(p => new PendingPost(p.Id, p.Number, p.TopicId, p.Title, p.SpaceName, p.AuthorId, Name(people, p.AuthorId), p.Html, p.CreatedAt))],
            number, pages, total);
    }

    /// <summary>Bans in force, ending soonest first; empty for space moderators.</summary>
    public async Task<QueuePage<ActiveBan>> BansAsync(ModerationScope scope, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsNetworkModerator)
        {
            return new QueuePage<ActiveBan>([], 1, 1, 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var active = db.Bans.AsNoTracking().Where(b => b.LiftedAt == null && b.Until > now);
        var total = await active.CountAsync(ct);
        var (number, pages) = Pages(page, total);
        var slice = await active.OrderBy(b => b.Until).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var people = await names.GetAsync(slice.SelectMany(b => new[] { b.UserId, b.ModeratorId }).Distinct(), ct);
        return new QueuePage<ActiveBan>(
            [.. slice.Select(b => new ActiveBan(b.Id, b.UserId, Name(people, b.UserId), b.Until, b.Reason, Name(people, b.ModeratorId), b.CreatedAt))],
            number, pages, total);
    }

    private static (int Page, int PageCount) Pages(int page, int total)
    {
        var count = Math.Max(1, (total + PageSize - 1) / PageSize);
        return (Math.Clamp(page, 1, count), count);
    }

    private static string Name(IReadOnlyDictionary<Guid, string> people, Guid id) => people.TryGetValue(id, out var name) ? name : "—";
}
