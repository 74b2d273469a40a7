using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Spaces;

/// <summary>
/// Topic lists: a space's (pinned first; all, questions, discussions or unanswered; a tag; four sorts) and a tag's
/// across the spaces the person reads. Visible topics only; 25 per page; counts from <see cref="Space.TopicCount"/>
/// when nothing is filtered, otherwise one indexed COUNT.
/// </summary>
public sealed class SpaceTopics
{
    public const int PageSize = 25;

    private readonly CommunityDbContext db;
    private readonly SpacePermissions permissions;
    private readonly IPersonNames names;

    internal SpaceTopics(CommunityDbContext db, SpacePermissions permissions, IPersonNames names)
    {
        this.db = db;
        this.permissions = permissions;
        this.names = names;
    }

    /// <summary>Null when the space does not exist in the network or the person may not read it (a 404 either way).</summary>
    public async Task<SpacePage?> SpaceAsync(string slug, TopicListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var space = await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct);
        if (space is null)
        {
            return null;
        }

        var rights = await permissions.ForAsync(space, ct);
        if (!rights.CanRead)
        {
            return null;
        }

        var topics = db.Topics.AsNoTracking().Where(t => t.SpaceId == space.Id && t.Visibility == Visibility.Visible);
        topics = query.Filter switch
        {
            TopicFilter.Questions => topics.Where(t => t.Kind == TopicKind.Question),
            TopicFilter.Discussions => topics.Where(t => t.Kind == TopicKind.Discussion),
            TopicFilter.Unanswered => topics.Where(t => t.Kind == TopicKind.Question && t.ReplyCount == 0),
            _ => topics,
        };
        TagLink? tag = null;
        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var found = await db.Tags.AsNoTracking().Where(t => t.Slug == query.Tag).Select(t => new { t.Id, t.Slug, t.Name }).FirstOrDefaultAsync(ct);
            var tagId = found?.Id ?? Guid.Empty;
            tag = found is null ? null : new TagLink(found.Slug, found.Name);
            topics = topics.Where(t => db.TopicTags.Any(tt => tt.TagId == tagId && tt.TopicId == t.Id));
        }

        var total = query.Filter == TopicFilter.All && string.IsNullOrWhiteSpace(query.Tag) ? space.TopicCount : await topics.CountAsync(ct);
        var (page, pageCount) = Paging(query.Page, total);
        var rows = await TopicRows.LoadAsync(db, names, Sorted(topics, query.Sort).Skip((page - 1) * PageSize).Take(PageSize), ct);
        return new SpacePage(space, rights, new TopicPage(rows, page, pageCount, total), tag);
    }

    /// <summary>Null for a tag the network does not have.</summary>
    public async Task<TagPage?> TagAsync(string slug, int page, CancellationToken ct)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Slug, t.Name }).FirstOrDefaultAsync(ct);
        if (tag is null)
        {
            return null;
        }

        var spaces = await ReadableSpaces.LoadAsync(db, permissions, ct);
        var spaceIds = spaces.Select(s => s.Space.Id).ToList();
        var topics = db.TopicTags.AsNoTracking().Where(tt => tt.TagId == tag.Id)
            .Join(db.Topics.AsNoTracking(), tt => tt.TopicId, t => t.Id, (_, t) => t)
            .Where(t => t.Visibility == Visibility.Visible && spaceIds.Contains(t.SpaceId));
        var total = await topics.CountAsync(ct);
        var (current, pageCount) = Paging(page, total);
        var rows = await TopicRows.LoadAsync(db, names, topics.OrderByDescending(t => t.LastPostAt).ThenByDescending(t => t.Id)
            .Skip((current - 1) * PageSize).Take(PageSize), ct);
        return new TagPage(new TagLink(tag.Slug, tag.Name), new TopicPage(rows, current, pageCount, total),
            spaces.ToDictionary(s => s.Space.Id, s => (s.Space.Slug, s.Space.Name)), tag.Id);
    }

    private static (int Page, int PageCount) Paging(int requested, int total)
    {
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return (Math.Clamp(requested, 1, pageCount), pageCount);
    }

    // Pinned first in every sort; the activity sort follows the (space, visibility, pinned, last post) index.
    private static IQueryable<Topic> Sorted(IQueryable<Topic> topics, TopicSort sort)
    {
        var pinned = topics.OrderByDescending(t => t.IsPinned);
        return sort switch
        {
            TopicSort.Newest => pinned.ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id),
            TopicSort.Votes => pinned.ThenByDescending(t => t.Score).ThenByDescending(t => t.LastPostAt),
            TopicSort.UnansweredFirst => pinned.ThenByDescending(t => t.Kind == TopicKind.Question && t.ReplyCount == 0).ThenByDescending(t => t.LastPostAt),
            _ => pinned.ThenByDescending(t => t.LastPostAt),
        };
    }
}
