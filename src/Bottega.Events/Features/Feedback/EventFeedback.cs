using Bottega.Events.Data;
using Bottega.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Feedback;

/// <summary>
/// Participants rate an event (1–5) and comment, once each (they can change it), from the start of its first session;
/// organizers see the results without names.
/// </summary>
public sealed class EventFeedback
{
    public const int MaxComment = 2000;
    private const int CommentsShown = 200;

    private readonly EventsDbContext db;
    private readonly TimeProvider time;

    internal EventFeedback(EventsDbContext db, TimeProvider time)
    {
        this.db = db;
        this.time = time;
    }

    public async Task<string?> EventTitleAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().Where(e => e.Id == eventId && e.Status != EventStatus.Draft).Select(e => e.Title).SingleOrDefaultAsync(cancellationToken);

    public async Task<FeedbackAccess> AccessAsync(Guid eventId, Guid userId, CancellationToken cancellationToken)
    {
        var liveEvent = await db.Events.AsNoTracking().Where(e => e.Id == eventId && e.Status != EventStatus.Draft)
            .Select(e => new
            {
                e.StartsAt,
                Seat = db.Registrations.Any(r => r.EventId == e.Id && r.UserId == userId && r.Status == RegistrationStatus.Confirmed),
                Attended = db.Attendances.Any(a => a.EventId == e.Id && a.UserId == userId),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (liveEvent is null)
        {
            return FeedbackAccess.NotFound;
        }

        if (liveEvent.StartsAt is null || liveEvent.StartsAt > time.GetUtcNow().UtcDateTime)
        {
            return FeedbackAccess.TooEarly;
        }

        return liveEvent.Seat || liveEvent.Attended ? FeedbackAccess.Allowed : FeedbackAccess.NotParticipant;
    }

    /// <summary>The person's feedback, if they gave one.</summary>
    public async Task<(int Rating, string? Comment)?> OwnAsync(Guid eventId, Guid userId, CancellationToken cancellationToken)
    {
        var own = await db.Feedback.AsNoTracking().Where(f => f.EventId == eventId && f.UserId == userId).Select(f => new { f.Rating, f.Comment })
            .SingleOrDefaultAsync(cancellationToken);
        return own is null ? null : (own.Rating, own.Comment);
    }

    /// <summary>Saves or changes the person's feedback; refused (nothing saved) unless <see cref="AccessAsync"/> allows it and the values are in range.</summary>
    public async Task<FeedbackAccess> SubmitAsync(Guid eventId, Guid userId, int rating, string? comment, CancellationToken cancellationToken)
    {
        if (rating is < 1 or > 5 || comment?.Trim().Length > MaxComment)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), "Rating 1–5 and a comment of at most 2000 characters.");
        }

        var access = await AccessAsync(eventId, userId, cancellationToken);
        if (access != FeedbackAccess.Allowed)
        {
            return access;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var existing = await db.Feedback.SingleOrDefaultAsync(f => f.EventId == eventId && f.UserId == userId, cancellationToken);
        if (existing is null)
        {
            var networkId = await db.Events.Where(e => e.Id == eventId).Select(e => e.NetworkId).SingleAsync(cancellationToken);
            db.Feedback.Add(Domain.Feedback.Create(networkId, eventId, userId, rating, comment, now));
        }
        else
        {
            existing.Change(rating, comment, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // The same person's other tab saved first: change that one.
            db.ChangeTracker.Clear();
            var saved = await db.Feedback.SingleAsync(f => f.EventId == eventId && f.UserId == userId, cancellationToken);
            saved.Change(rating, comment, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return FeedbackAccess.Allowed;
    }

    /// <summary>The results of an event of the current network; null when there is no such event.</summary>
    public async Task<FeedbackResults?> ResultsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var title = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return null;
        }

        var counts = await db.Feedback.AsNoTracking().Where(f => f.EventId == eventId).GroupBy(f => f.Rating)
            .Select(g => new { Rating = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var comments = await db.Feedback.AsNoTracking().Where(f => f.EventId == eventId && f.Comment != null).OrderByDescending(f => f.SubmittedAt)
            .Take(CommentsShown).Select(f => f.Comment!).ToListAsync(cancellationToken);
        var distribution = Enumerable.Range(1, 5).Select(r => counts.Where(c => c.Rating == r).Sum(c => c.Count)).ToList();
        var total = distribution.Sum();
        double? average = total == 0 ? null : distribution.Select((n, i) => n * (i + 1.0)).Sum() / total;
        return new FeedbackResults(title, total, average, distribution, comments);
    }
}
