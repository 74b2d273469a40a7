using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>A participant's rating (1–5) and comment on an event, one per person and event; organizers see the results without names.</summary>
public sealed class Feedback : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    public int Rating { get; private set; }

    public string? Comment { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    private Feedback()
    {
    }

    public static Feedback Create(Guid networkId, Guid eventId, Guid userId, int rating, string? comment, DateTime now) => new()
    {
        NetworkId = networkId,
        EventId = eventId,
        UserId = userId,
        Rating = rating,
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        SubmittedAt = now,
    };

    public void Change(int rating, string? comment, DateTime now)
    {
        Rating = rating;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        SubmittedAt = now;
    }
}
