using Bottega.Community.Data;
using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Reputation;

/// <summary>
/// Keeps <see cref="MemberStats"/> true: after a post, vote or acceptance is saved, the person's figures are counted
/// again from the source rows (indexed by network and author), so a lost update heals at the next change.
/// </summary>
internal static class MemberStatistics
{
    public static async Task<MemberStats> GetOrAddAsync(CommunityDbContext db, Guid networkId, Guid userId, CancellationToken ct)
    {
        var stats = await db.MemberStats.FirstOrDefaultAsync(s => s.NetworkId == networkId && s.UserId == userId, ct)
            ?? db.MemberStats.Local.FirstOrDefault(s => s.NetworkId == networkId && s.UserId == userId);
        if (stats is null)
        {
            stats = MemberStats.Create(networkId, userId);
            db.MemberStats.Add(stats);
        }

        return stats;
    }

    /// <summary>Recounts reputation, questions, answers and accepted answers of the person in the network and saves.</summary>
    public static async Task RefreshAsync(CommunityDbContext db, Guid networkId, Guid userId, CancellationToken ct)
    {
        var reputation = await db.ReputationEvents.Where(e => e.NetworkId == networkId && e.UserId == userId).SumAsync(e => (int?)e.Points, ct) ?? 0;
        var questions = await db.Topics.CountAsync(t => t.NetworkId == networkId && t.AuthorId == userId && t.Kind == TopicKind.Question && t.Visibility == Visibility.Visible, ct);
        var answers = await db.Posts.Where(p => p.NetworkId == networkId && p.AuthorId == userId && p.Number > 1 && p.Visibility == Visibility.Visible)
            .Join(db.Topics.Where(t => t.Kind == TopicKind.Question), p => p.TopicId, t => t.Id, (p, t) => p.Id).CountAsync(ct);
        var accepted = await db.Posts.Where(p => p.NetworkId == networkId && p.AuthorId == userId)
            .Join(db.Topics, p => (Guid?)p.Id, t => t.AcceptedPostId, (p, t) => p.Id).CountAsync(ct);
        var stats = await GetOrAddAsync(db, networkId, userId, ct);
        stats.Set(Math.Max(0, reputation), questions, answers, accepted);
        await db.SaveChangesAsync(ct);
    }
}
