using System.Globalization;
using Bottega.Events.Domain;

namespace Bottega.Events.Features.Calendar;

/// <summary>
/// Sessions as calendar entries. An online session's location is the person's own join link (or nothing, in a public
/// feed): the provider's meeting URL never leaves Bottega, so only people with a seat get in, and attendance knows who they are.
/// </summary>
internal static class SessionEntries
{
    public static IcsEntry For(LiveEvent liveEvent, EventSession session, int sessionCount, string baseUrl, string networkSlug, string? joinToken)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        ArgumentNullException.ThrowIfNull(session);
        var summary = sessionCount > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{liveEvent.Title} ({session.Number}/{sessionCount})")
            : liveEvent.Title;
        var page = $"{baseUrl.TrimEnd('/')}/reti/{networkSlug}/eventi/{liveEvent.Id}";
        var joinLink = joinToken is null ? null : $"{baseUrl.TrimEnd('/')}/partecipa/{joinToken}";
        var location = session.Provider == MeetingProvider.None ? session.Place : joinLink ?? "Online";
        var description = string.Join("\n", new[] { session.Title, joinLink is null || session.Provider == MeetingProvider.None ? null : $"Partecipa: {joinLink}", $"Evento: {page}" }
            .Where(line => !string.IsNullOrEmpty(line)));
        return new IcsEntry(session.Id, summary, session.StartsAt, session.EndsAt, location, description, page, liveEvent.Status == EventStatus.Cancelled);
    }

    public static List<IcsEntry> For(LiveEvent liveEvent, IReadOnlyCollection<EventSession> sessions, string baseUrl, string networkSlug, string? joinToken) =>
        sessions.OrderBy(s => s.StartsAt).Select(s => For(liveEvent, s, sessions.Count, baseUrl, networkSlug, joinToken)).ToList();
}
