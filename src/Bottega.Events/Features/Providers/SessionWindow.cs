using Bottega.Events.Domain;

namespace Bottega.Events.Features.Providers;

/// <summary>When a session's join link works: from 15 minutes before it starts until it ends (or an organizer ended it).</summary>
internal static class SessionWindow
{
    public static readonly TimeSpan OpensBefore = TimeSpan.FromMinutes(15);

    public static DateTime OpensAt(EventSession session) => session.StartsAt - OpensBefore;

    public static bool IsOpen(EventSession session, DateTime now) => session.EndedAt is null && now >= OpensAt(session) && now < session.EndsAt;
}
