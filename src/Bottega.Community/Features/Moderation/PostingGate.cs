using System.Text.RegularExpressions;
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

    /// <summary>Refused: too many posts in a short time (anti-spam); a post is accepted again from <see cref="GateDecision.Until"/>.</summary>
    TooFast = 3,
}

public sealed record GateDecision(GateOutcome Outcome, DateTime? Until = null)
{
    public bool Allowed => Outcome is GateOutcome.Publish or GateOutcome.Review;
}

/// <summary>
/// Asked before anything is posted (topic, reply, private message): bans (moderators too), the anti-spam rate, and
/// review for people not yet trusted — their first post, or any post of theirs full of links when first posts are not
/// reviewed. Trusted: a moderator approved one of their posts, or one of their posts is visible already.
/// </summary>
public sealed partial class PostingGate
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
    public Task<GateDecision> CheckAsync(Guid networkId, Guid userId, bool isModerator, CancellationToken ct) =>
        CheckAsync(networkId, userId, isModerator, null, ct);

    /// <param name="networkId">The network of the space.</param>
    /// <param name="userId">Who posts.</param>
    /// <param name="isModerator">Moderators are never held for review nor rate limited.</param>
    /// <param name="markdown">What they wrote, to hold a link-heavy post of someone not yet trusted.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<GateDecision> CheckAsync(Guid networkId, Guid userId, bool isModerator, string? markdown, CancellationToken ct)
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

        var window = TimeSpan.FromMinutes(options.RateWindowMinutes);
        var since = now - window;
        var posts = db.Posts.Where(p => p.NetworkId == networkId && p.AuthorId == userId && p.CreatedAt > since).Select(p => p.CreatedAt);
        var messages = db.Messages.Where(m => m.NetworkId == networkId && m.SenderId == userId && m.CreatedAt > since).Select(m => m.CreatedAt);
        if (await posts.CountAsync(ct) + await messages.CountAsync(ct) >= options.MaxPostsPerWindow)
        {
            // A slot frees when the oldest post of the window leaves it.
            var oldest = new[] { await posts.MinAsync(d => (DateTime?)d, ct), await messages.MinAsync(d => (DateTime?)d, ct) }.Where(d => d is not null).Min();
            return new GateDecision(GateOutcome.TooFast, (oldest ?? now) + window);
        }

        var linkHeavy = markdown is not null && Links().Count(markdown) > options.MaxLinksWithoutReview;
        if (!options.ReviewFirstPosts && !linkHeavy)
        {
            return new GateDecision(GateOutcome.Publish);
        }

        var trusted = await db.MemberStats.AsNoTracking().AnyAsync(s => s.NetworkId == networkId && s.UserId == userId && s.TrustedAt != null, ct)
            || await db.Posts.AnyAsync(p => p.NetworkId == networkId && p.AuthorId == userId && p.Visibility == Visibility.Visible, ct);
        return new GateDecision(trusted ? GateOutcome.Publish : GateOutcome.Review);
    }

    [GeneratedRegex(@"https?://|www\.|mailto:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Links();
}
