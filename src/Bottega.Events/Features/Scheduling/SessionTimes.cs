using Bottega.Platform.Localization;

namespace Bottega.Events.Features.Scheduling;

/// <summary>The outcome of turning a Rome wall-clock time into an instant: the UTC start, or why it was refused.</summary>
internal sealed record SessionTime(DateTime? StartsAtUtc, string? Error)
{
    public bool Succeeded => StartsAtUtc is not null;
}

/// <summary>
/// Sessions are set as organizers think of them, a day and a time in Rome, and stored as UTC instants.
/// Around the changes of daylight-saving time a wall-clock time can be missing or repeated:
/// <list type="bullet">
/// <item>missing (02:00–02:59 on the last Sunday of March, the clocks jump from 02:00 to 03:00): refused, the
/// organizer chooses another time;</item>
/// <item>repeated (02:00–02:59 on the last Sunday of October, the clocks go back from 03:00 to 02:00): the first of
/// the two instants is taken, the one still in summer time (UTC+2).</item>
/// </list>
/// </summary>
internal static class SessionTimes
{
    public const string MissingTimeError = "L'ora indicata non esiste a Roma quel giorno (passaggio all'ora legale): scegli un altro orario.";

    public static SessionTime ToUtc(DateOnly day, TimeOnly localTime)
    {
        var local = DateTime.SpecifyKind(day.ToDateTime(localTime), DateTimeKind.Unspecified);
        var zone = RomeTime.Zone;
        if (zone.IsInvalidTime(local))
        {
            return new SessionTime(null, MissingTimeError);
        }

        if (zone.IsAmbiguousTime(local))
        {
            // The earlier instant has the larger offset (summer time).
            var summerOffset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new SessionTime(DateTime.SpecifyKind(local - summerOffset, DateTimeKind.Utc), null);
        }

        return new SessionTime(TimeZoneInfo.ConvertTimeToUtc(local, zone), null);
    }

    /// <summary>The same Rome time on <paramref name="count"/> consecutive weeks from <paramref name="firstDay"/>: the UTC offset follows the season.</summary>
    public static IReadOnlyList<SessionTime> Weekly(DateOnly firstDay, TimeOnly localTime, int count) =>
        [.. Enumerable.Range(0, count).Select(week => ToUtc(firstDay.AddDays(7 * week), localTime))];

    /// <summary>The Rome day and time of a stored instant, to fill the session form.</summary>
    public static (DateOnly Day, TimeOnly Time) ToRome(DateTime utc)
    {
        var local = RomeTime.Of(utc);
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    /// <summary>The UTC instants bounding a Rome month: from its first midnight to the next month's.</summary>
    public static (DateTime From, DateTime To) MonthBounds(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return (RomeTime.EndOfDayUtc(first.AddDays(-1)), RomeTime.EndOfDayUtc(first.AddMonths(1).AddDays(-1)));
    }
}
