using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Credentials.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Reputation;

/// <summary>
/// Checks a person's community badges after they published or had an answer accepted, and asks the credentials module to
/// issue those reached (idempotent there); a badge newly issued becomes a notification. Runs outside any request, so
/// every query names its network and ignores the tenant filter.
/// </summary>
internal sealed class CommunityBadgeAwards(CommunityDbContext db, ICommunityBadgeIssuer issuer, TimeProvider time)
{
    public async Task AfterQuestionAsync(Guid networkId, Guid userId, CancellationToken ct)
    {
        var questions = await db.Topics.IgnoreQueryFilters()
            .CountAsync(t => t.NetworkId == networkId && t.AuthorId == userId && t.Kind == TopicKind.Question && t.Visibility == Visibility.Visible, ct);
        if (questions >= 1)
        {
            await IssueAsync(networkId, userId, CommunityBadges.FirstQuestion, ct);
        }
    }

    public async Task AfterAnswerAsync(Guid networkId, Guid userId, CancellationToken ct)
    {
        var answers = await db.Posts.IgnoreQueryFilters()
            .Where(p => p.NetworkId == networkId && p.AuthorId == userId && p.Number > 1 && p.Visibility == Visibility.Visible)
            .Join(db.Topics.IgnoreQueryFilters().Where(t => t.Kind == TopicKind.Question && t.Visibility == Visibility.Visible), p => p.TopicId, t => t.Id, (p, t) => p.Id)
            .AnyAsync(ct);
        if (answers)
        {
            await IssueAsync(networkId, userId, CommunityBadges.FirstAnswer, ct);
        }

        if (await IsHelpfulAsync(networkId, userId, ct))
        {
            await IssueAsync(networkId, userId, CommunityBadges.HelpfulColleague, ct);
        }
    }

    private async Task<bool> IsHelpfulAsync(Guid networkId, Guid userId, CancellationToken ct)
    {
        var posts = db.Posts.IgnoreQueryFilters().Where(p => p.NetworkId == networkId && p.AuthorId == userId && p.Visibility == Visibility.Visible);
        var accepted = await posts.Join(db.Topics.IgnoreQueryFilters().Where(t => t.NetworkId == networkId), p => (Guid?)p.Id, t => t.AcceptedPostId, (p, t) => p.Id)
            .CountAsync(ct);
        if (accepted >= CommunityBadges.HelpfulAcceptedAnswers)
        {
            return true;
        }

        var upvotes = await db.Votes.IgnoreQueryFilters().Where(v => v.NetworkId == networkId && v.Value > 0 && v.UserId != userId)
            .Join(posts, v => v.PostId, p => p.Id, (v, p) => v.Id).CountAsync(ct);
        return upvotes >= CommunityBadges.HelpfulUpvotes;
    }

    private async Task IssueAsync(Guid networkId, Guid userId, CommunityBadge badge, CancellationToken ct)
    {
        if (!await issuer.IssueAsync(networkId, badge.Key, badge.Name, badge.Description, badge.Criteria, userId, ct))
        {
            return;
        }

        db.Notifications.Add(Notification.Create(networkId, userId, NotificationKind.CommunityBadge, null, null, null,
            $"Hai ottenuto il badge «{badge.Name}»", "/badge", time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }
}
