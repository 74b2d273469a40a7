using Bottega.Community.Data;
using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Notifications;

internal static class NotificationPreferences
{
    /// <summary>Creates or changes the person's choice and saves.</summary>
    public static async Task SetAsync(CommunityDbContext db, Guid userId, EmailFrequency frequency, DateTime now, CancellationToken ct)
    {
        var preference = await db.Preferences.FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (preference is null)
        {
            db.Preferences.Add(NotificationPreference.Create(userId, frequency, now));
        }
        else
        {
            preference.Change(frequency, now);
        }

        await db.SaveChangesAsync(ct);
    }
}
