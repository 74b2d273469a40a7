using Bottega.Community.Data;
using Bottega.Community.Domain;

namespace Bottega.Community.Features.Notifications;

/// <summary>The one-click unsubscribe of community e-mails: no sign-in, the token is the proof.</summary>
public sealed class Unsubscribing
{
    private readonly CommunityDbContext db;
    private readonly UnsubscribeTokens tokens;
    private readonly TimeProvider time;

    internal Unsubscribing(CommunityDbContext db, UnsubscribeTokens tokens, TimeProvider time)
    {
        this.db = db;
        this.tokens = tokens;
        this.time = time;
    }

    public bool IsValid(string? token) => tokens.Read(token) is not null;

    /// <summary>Stops every community e-mail of the token's person; false (nothing changed) for an invalid or expired token.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } userId)
        {
            return false;
        }

        await NotificationPreferences.SetAsync(db, userId, EmailFrequency.Never, time.GetUtcNow().UtcDateTime, ct);
        return true;
    }
}
