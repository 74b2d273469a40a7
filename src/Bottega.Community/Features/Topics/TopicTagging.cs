using Bottega.Community.Data;
using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Topics;

/// <summary>Puts tags on a new topic, creating the network's tags the first time they are used.</summary>
internal static class TopicTagging
{
    public static async Task<IReadOnlyList<Tag>> TagAsync(CommunityDbContext db, Topic topic, IReadOnlyList<TagName> names, CancellationToken ct)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var slugs = names.Select(n => n.Slug).ToList();
        var tags = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        foreach (var name in names.Where(n => tags.All(t => t.Slug != n.Slug)))
        {
            var tag = Tag.Create(topic.NetworkId, name.Slug, name.Name);
            db.Tags.Add(tag);
            tags.Add(tag);
        }

        db.TopicTags.AddRange(tags.Select(t => TopicTag.Create(topic.NetworkId, topic.Id, t.Id)));
        return tags;
    }

    /// <summary>After saving: each tag's count of visible topics, from the source rows.</summary>
    public static async Task RecountAsync(CommunityDbContext db, IReadOnlyList<Tag> tags, CancellationToken ct)
    {
        foreach (var tag in tags)
        {
            var count = await db.TopicTags.Where(tt => tt.TagId == tag.Id)
                .Join(db.Topics.Where(t => t.Visibility == Visibility.Visible), tt => tt.TopicId, t => t.Id, (tt, t) => t.Id).CountAsync(ct);
            tag.Recount(count);
        }
    }
}
