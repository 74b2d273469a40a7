using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Reputation;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>
/// The asker (or a moderator) accepts one visible answer of a question; accepting another moves the acceptance,
/// accepting the same again withdraws it. Reputation follows: the answer's author and the asker (not for their own answer).
/// </summary>
public sealed class AnswerAcceptance
{
    private readonly CommunityDbContext db;
    private readonly TimeProvider time;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;

    internal AnswerAcceptance(CommunityDbContext db, TimeProvider time, ICurrentUser user, SpacePermissions permissions)
    {
        this.db = db;
        this.time = time;
        this.user = user;
        this.permissions = permissions;
    }

    public async Task<PostingResult> AcceptAsync(Guid postId, CancellationToken ct)
    {
        var me = user.Id ?? throw new InvalidOperationException("Not signed in.");
        var found = await TopicAccess.PostAsync(db, permissions, postId, track: true, ct);
        if (found is not { } f || !f.Place.CanSee(me))
        {
            return PostingResult.Missing;
        }

        var (post, place) = f;
        var topic = place.Topic;
        if (topic.Kind != TopicKind.Question || post.Number == 1 || post.Visibility != Visibility.Visible || topic.Visibility != Visibility.Visible)
        {
            return PostingResult.Refuse("Si può accettare solo una risposta visibile a una domanda.");
        }

        if (topic.AuthorId != me && !place.Rights.CanModerate)
        {
            return PostingResult.Refuse("Solo chi ha posto la domanda può accettare una risposta.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var previous = topic.AcceptedPostId;
        var affected = new HashSet<Guid> { topic.AuthorId, post.AuthorId };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (previous is { } old)
        {
            affected.UnionWith(await db.ReputationEvents.Where(e => e.PostId == old).Select(e => e.UserId).ToListAsync(ct));
            await db.ReputationEvents.Where(e => e.PostId == old
                && (e.Reason == ReputationReason.AnswerAccepted || e.Reason == ReputationReason.AcceptedAnAnswer)).ExecuteDeleteAsync(ct);
        }

        var accepting = previous != post.Id;
        topic.Accept(accepting ? post.Id : null);
        if (accepting)
        {
            db.ReputationEvents.Add(ReputationEvent.Create(topic.NetworkId, post.AuthorId, ReputationReason.AnswerAccepted, post.Id, topic.AuthorId,
                ReputationPoints.AnswerAccepted, now));
            if (post.AuthorId != topic.AuthorId)
            {
                db.ReputationEvents.Add(ReputationEvent.Create(topic.NetworkId, topic.AuthorId, ReputationReason.AcceptedAnAnswer, post.Id, post.AuthorId,
                    ReputationPoints.AcceptedAnAnswer, now));
            }

            CommunityOutbox.Add(db, AnswerAccepted.OutboxType,
                new AnswerAccepted(topic.NetworkId, topic.Id, post.Id, post.AuthorId, topic.AuthorId, topic.Title, now), now);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        foreach (var person in affected)
        {
            await MemberStatistics.RefreshAsync(db, topic.NetworkId, person, ct);
        }

        return PostingResult.Saved(topic.Id, post.Id, pending: false);
    }
}
