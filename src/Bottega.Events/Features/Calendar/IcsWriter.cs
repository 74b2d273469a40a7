using System.Text;
using Bottega.Platform.Localization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Bottega.Events.Features.Calendar;

/// <summary>One VEVENT: a session as a calendar shows it.</summary>
internal sealed record IcsEntry(Guid SessionId, string Summary, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Location, string? Description, string? Url,
    bool Cancelled);

/// <summary>
/// iCalendar text (RFC 5545) for invitations and feeds: times in Europe/Rome with its VTIMEZONE, so calendars keep
/// 10:00 at 10:00 across the daylight-saving change; one UID per session, the same in every e-mail and feed, so an
/// update replaces the entry instead of adding one.
/// </summary>
internal static class IcsWriter
{
    public const string Zone = "Europe/Rome";

    /// <summary>The MIME type of an invitation attached to an e-mail.</summary>
    public const string InvitationContentType = "text/calendar; method=REQUEST; charset=utf-8";

    public static string Uid(Guid sessionId) => $"{sessionId:N}@bottega.evt";

    /// <param name="entries">The sessions.</param>
    /// <param name="method">REQUEST for an e-mailed invitation, PUBLISH for a feed.</param>
    /// <param name="name">The calendar's name shown by apps that subscribe (X-WR-CALNAME); null for invitations.</param>
    /// <param name="stampUtc">DTSTAMP of every entry.</param>
    public static string Write(IReadOnlyCollection<IcsEntry> entries, string method, string? name, DateTime stampUtc)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var calendar = new Ical.Net.Calendar { Method = method, ProductId = "-//Bottega//Eventi//IT" };
        if (name is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
            calendar.AddProperty("X-WR-TIMEZONE", Zone);
        }

        var earliest = entries.Count == 0 ? stampUtc : entries.Min(e => e.StartsAtUtc);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(Zone, earliest.AddDays(-1), includeHistoricalData: false));
        var stamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc), CalDateTime.UtcTzId, true);
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(entry.SessionId),
                DtStamp = stamp,
                DtStart = Rome(entry.StartsAtUtc),
                DtEnd = Rome(entry.EndsAtUtc),
                Summary = entry.Summary,
                Location = entry.Location,
                Description = entry.Description,
                Url = entry.Url is null ? null : new Uri(entry.Url),
                Status = entry.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static byte[] Bytes(string ics) => Encoding.UTF8.GetBytes(ics);

    private static CalDateTime Rome(DateTime utc) => new(RomeTime.Of(utc), Zone, true);
}
