using Bottega.Community.Data;
using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bottega.Community.Features.Moderation;

public enum GateOutcome
{
    /// <summary>Published at once.</summary>
    Publish = 0,

    /// <summary>Saved, but shown only after a moderator approves it (a new member's first post).</summary>
    Review = 1,

    /// <summary>Refused: the person is banned until <see cref="GateDecision.Until"/>.</summary>
    Banned = 2,

    /// <summary>Refused: too many posts in a short time (anti-spam).</summary>
    TooFast = 3,
}

public sealed record GateDecision(GateOutcome Outcome, DateTime? Until = null)
{
    public bool Allowed => Outcome is GateOutcome.Publish or GateOutcome.Review;
}

/// <summary>Asked before anything is posted (topic, reply, private message): bans, the anti-spam rate and first-post review.</summary>
public sealed class PostingGate
{
    private readonly CommunityDbContext db;
    private readonly TimeProvider time;
    private readonly CommunityOptions options;

    internal PostingGate(CommunityDbContext db, TimeProvider time, IOptions<CommunityOptions> options)
    {
        this.db = db;
        this.time = time;
        this.options = options.Value;
    }

    /// <param name="networkId">The network of the space.</param>
    /// <param name="userId">Who posts.</param>
    /// <param name="isModerator">Moderators are never held for review nor rate limited.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<GateDecision> CheckAsync(Guid networkId, Guid userId, bool isModerator, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var ban = await db.Bans.AsNoTracking()
            .Where(b => b.NetworkId == networkId && b.UserId == userId && b.LiftedAt == null && b.Until > now)
            .OrderByDescending(b => b.Until).FirstOrDefaultAsync(ct);
        if (ban is not null)
        {
            return new GateDecision(GateOutcome.Banned, ban.Until);
        }

        if (isModerator)
        {
            return new GateDecision(GateOutcome.Publish);
        }

        var since = now.AddMinutes(-options.RateWindowMinutes);
        var recent = await db.Posts.CountAsync(p => p.NetworkId == networkId && p.AuthorId == userId && p.CreatedAt > since, ct)
            + await db.Messages.CountAsync(m => m.NetworkId == networkId && m.SenderId == userId && m.CreatedAt > since, ct);
        if (recent >= options.MaxPostsPerWindow)
        {
            return new GateDecision(GateOutcome.TooFast, since.AddMinutes(options.RateWindowMinutes * 2));
        }

        if (!options.ReviewFirstPosts)
        {
            return new GateDecision(GateOutcome.Publish);
        }

        var trusted = await db.MemberStats.AsNoTracking().AnyAsync(s => s.NetworkId == networkId && s.UserId == userId && s.TrustedAt != null, ct)
            || await db.Posts.AnyAsync(p => p.NetworkId == networkId && p.AuthorId == userId && p.Visibility == Visibility.Visible, ct);
        return new GateDecision(trusted ? GateOutcome.Publish : GateOutcome.Review);
    }
}
