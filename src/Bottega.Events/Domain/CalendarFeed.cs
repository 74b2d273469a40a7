namespace Bottega.Events.Domain;

/// <summary>
/// The secret of a person's iCalendar feed URL (<c>/calendario/{token}.ics</c>), across networks: calendar apps fetch
/// it without signing in. Renewing it replaces the token, so an old URL stops working.
/// </summary>
public sealed class CalendarFeed
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid UserId { get; private set; }

    public string Token { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    private CalendarFeed()
    {
    }

    public static CalendarFeed Create(Guid userId, string token, DateTime now) => new()
    {
        UserId = userId,
        Token = token,
        CreatedAt = now,
    };

    public void Renew(string token, DateTime now)
    {
        Token = token;
        CreatedAt = now;
    }
}
