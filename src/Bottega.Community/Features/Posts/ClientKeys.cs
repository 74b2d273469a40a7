using Bottega.Community.Data;
using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>
/// The key a form carries from the moment it is shown: a second submission (double click, reload, retry after a
/// timeout) finds the post the first one saved instead of writing another.
/// </summary>
internal static class ClientKeys
{
    public static async Task<PostingResult?> ExistingAsync(CommunityDbContext db, Guid authorId, Guid? clientKey, CancellationToken ct)
    {
        if (clientKey is null)
        {
            return null;
        }

        var post = await db.Posts.AsNoTracking().Where(p => p.AuthorId == authorId && p.ClientKey == clientKey)
            .Select(p => new { p.TopicId, p.Id, p.Visibility }).FirstOrDefaultAsync(ct);
        return post is null ? null : PostingResult.Saved(post.TopicId, post.Id, post.Visibility == Visibility.PendingReview);
    }
}
