using Bottega.Community.Data;
using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Directory;

/// <summary>Who answered questions about a topic: the community's own criterion of the directory, computed on its tables.</summary>
internal static class AnsweredTopics
{
    /// <summary>
    /// Authors of visible answers to visible questions, in the given spaces, whose tag (name or slug) or title contains
    /// the term, case-insensitively. The request's network comes from the context's tenant filter.
    /// </summary>
    public static async Task<List<Guid>> AnswerersAsync(CommunityDbContext db, IReadOnlyCollection<Guid> spaceIds, string term, CancellationToken ct)
    {
        var text = term.Trim().ToLowerInvariant();
        var spaces = spaceIds.ToList();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(); the CLR culture plays no part.
        var taggedOrTitled = db.Topics.Where(t => t.Kind == TopicKind.Question && t.Visibility == Visibility.Visible && spaces.Contains(t.SpaceId)
            && (t.Title.ToLower().Contains(text)
                || db.TopicTags.Any(tt => tt.TopicId == t.Id && db.Tags.Any(g => g.Id == tt.TagId && (g.Slug.Contains(text) || g.Name.ToLower().Contains(text))))));
#pragma warning restore CA1304, CA1311, CA1862
        return await db.Posts.AsNoTracking()
            .Where(p => p.Number > 1 && p.Visibility == Visibility.Visible && taggedOrTitled.Any(t => t.Id == p.TopicId))
            .Select(p => p.AuthorId).Distinct().ToListAsync(ct);
    }
}
