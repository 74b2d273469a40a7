using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Reputation;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

public enum VoteStatus
{
    Counted = 0,
    NotFound = 1,
    Refused = 2,
}

/// <summary>The post's score after the vote and the voter's vote on it now (+1, -1 or 0 when withdrawn).</summary>
public sealed record VoteOutcome(VoteStatus Status, int Score, int MyVote, string? Error = null);

/// <summary>
/// Up and down votes on posts: one per person and post (the unique index), never on one's own post; voting the same
/// way again withdraws the vote. The score is the sum of the votes and the author's reputation follows.
/// </summary>
public sealed class Voting
{
    private const int MaxTries = 3;
    private readonly CommunityDbContext db;
    private readonly TimeProvider time;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;

    internal Voting(CommunityDbContext db, TimeProvider time, ICurrentUser user, SpacePermissions permissions)
    {
        this.db = db;
        this.time = time;
        this.user = user;
        this.permissions = permissions;
    }

    public async Task<VoteOutcome> VoteAsync(Guid postId, int value, CancellationToken ct)
    {
        var me = user.Id ?? throw new InvalidOperationException("Not signed in.");
        if (value is not (1 or -1))
        {
            return new VoteOutcome(VoteStatus.Refused, 0, 0, "Voto non valido.");
        }

        var found = await TopicAccess.PostAsync(db, permissions, postId, track: false, ct);
        if (found is not { } f || !f.Place.CanSee(me) || f.Post.Visibility != Visibility.Visible || f.Place.Topic.Visibility != Visibility.Visible)
        {
            return new VoteOutcome(VoteStatus.NotFound, 0, 0);
        }

        if (f.Post.AuthorId == me)
        {
            return new VoteOutcome(VoteStatus.Refused, f.Post.Score, 0, "Non puoi votare un tuo messaggio.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await SaveAsync(f.Post, me, value, ct);
                await MemberStatistics.RefreshAsync(db, f.Post.NetworkId, f.Post.AuthorId, ct);
                return outcome;
            }
            catch (DbUpdateException) when (attempt < MaxTries)
            {
                // The same person's other click saved first: apply this one on top of it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<VoteOutcome> SaveAsync(Post target, Guid me, int value, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var vote = await db.Votes.FirstOrDefaultAsync(v => v.PostId == target.Id && v.UserId == me, ct);
        var mine = value;
        if (vote is null)
        {
            db.Votes.Add(Vote.Create(target.NetworkId, target.Id, me, value, now));
        }
        else if (vote.Value == value)
        {
            db.Votes.Remove(vote);
            mine = 0;
        }
        else
        {
            vote.Change(value, now);
        }

        await db.ReputationEvents.Where(e => e.PostId == target.Id && e.SourceUserId == me
            && (e.Reason == ReputationReason.UpvoteReceived || e.Reason == ReputationReason.DownvoteReceived)).ExecuteDeleteAsync(ct);
        if (mine != 0)
        {
            var reason = mine > 0 ? ReputationReason.UpvoteReceived : ReputationReason.DownvoteReceived;
            db.ReputationEvents.Add(ReputationEvent.Create(target.NetworkId, target.AuthorId, reason, target.Id, me, ReputationPoints.For(reason), now));
        }

        await db.SaveChangesAsync(ct);
        var score = await db.Votes.Where(v => v.PostId == target.Id).SumAsync(v => v.Value, ct);
        await db.Posts.Where(p => p.Id == target.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Score, score), ct);
        if (target.Number == 1)
        {
            await db.Topics.Where(t => t.Id == target.TopicId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Score, score), ct);
        }

        await transaction.CommitAsync(ct);
        return new VoteOutcome(VoteStatus.Counted, score, mine);
    }
}
