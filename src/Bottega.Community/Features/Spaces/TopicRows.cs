using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Spaces;

public sealed record TagLink(string Slug, string Name);

/// <summary>A topic in a list (space page, tag page, home): what a row shows, names and tags loaded in one batch each.</summary>
public sealed record TopicRow(Guid Id, Guid SpaceId, TopicKind Kind, string Title, string AuthorName, int ReplyCount, int Score, bool HasAccepted,
    bool IsPinned, bool IsLocked, DateTime CreatedAt, DateTime LastPostAt, string LastPostAuthorName, IReadOnlyList<TagLink> Tags)
{
    public bool IsUnansweredQuestion => Kind == TopicKind.Question && ReplyCount == 0;
}

internal static class TopicRows
{
    /// <summary>Runs the (ordered, paged) query and completes its rows: three queries in all, whatever the page size.</summary>
    public static async Task<IReadOnlyList<TopicRow>> LoadAsync(CommunityDbContext db, IPersonNames names, IQueryable<Topic> page, CancellationToken ct)
    {
        var topics = await page.Select(t => new
        {
            t.Id,
            t.SpaceId,
            t.Kind,
            t.Title,
            t.AuthorId,
            t.ReplyCount,
            t.Score,
            t.AcceptedPostId,
            t.IsPinned,
            t.IsLocked,
            t.CreatedAt,
            t.LastPostAt,
            t.LastPostAuthorId,
        }).ToListAsync(ct);
        if (topics.Count == 0)
        {
            return [];
        }

        var ids = topics.Select(t => t.Id).ToList();
        var tags = (await db.TopicTags.AsNoTracking().Where(tt => ids.Contains(tt.TopicId))
                .Join(db.Tags.AsNoTracking(), tt => tt.TagId, t => t.Id, (tt, t) => new { tt.TopicId, t.Slug, t.Name })
                .ToListAsync(ct))
            .ToLookup(t => t.TopicId, t => new TagLink(t.Slug, t.Name));
        var people = await names.GetAsync(topics.SelectMany(t => new[] { t.AuthorId, t.LastPostAuthorId }).Distinct(), ct);
        return
        [
            .. topics.Select(t => new TopicRow(t.Id, t.SpaceId, t.Kind, t.Title, people.GetValueOrDefault(t.AuthorId) ?? "—", t.ReplyCount, t.Score,
                t.AcceptedPostId is not null, t.IsPinned, t.IsLocked, t.CreatedAt, t.LastPostAt, people.GetValueOrDefault(t.LastPostAuthorId) ?? "—",
                [.. tags[t.Id].OrderBy(x => x.Name, StringComparer.CurrentCulture)])),
        ];
    }
}
