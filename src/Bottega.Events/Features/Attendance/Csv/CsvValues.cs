using System.Globalization;
using System.Text.RegularExpressions;
using Bottega.Platform.Localization;

namespace Bottega.Events.Features.Attendance.Csv;

/// <summary>
/// Times and durations as providers write them. A time without an offset is Rome time (what the organizer's export
/// shows); a time of day alone is on the session's day in Rome.
/// </summary>
internal static partial class CsvValues
{
    private static readonly string[] Iso =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    private static readonly string[] MonthFirst =
        ["M/d/yyyy h:mm:ss tt", "M/d/yyyy, h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy, h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy, H:mm:ss", "M/d/yyyy H:mm"];

    private static readonly string[] DayFirst =
        ["d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy, H:mm", "d/M/yyyy, H:mm:ss", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss", "d-M-yyyy H:mm", "d-M-yyyy H:mm:ss"];

    private static readonly string[] TimeOfDay = ["H:mm", "H:mm:ss", "h:mm tt", "h:mm:ss tt"];

    /// <summary>Parses a provider's time into UTC; false when the text is no time in any accepted format.</summary>
    public static bool TryTime(string text, bool monthFirst, DateOnly sessionDay, out DateTime utc)
    {
        utc = default;
        var value = text.Trim();
        if (WithOffset().IsMatch(value))
        {
            if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset))
            {
                return false;
            }

            utc = offset.UtcDateTime;
            return true;
        }

        string[] formats = monthFirst ? [.. Iso, .. MonthFirst, .. DayFirst] : [.. Iso, .. DayFirst, .. MonthFirst];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            utc = FromRome(local);
            return true;
        }

        if (DateTime.TryParseExact(value, TimeOfDay, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault, out var time))
        {
            utc = FromRome(sessionDay.ToDateTime(TimeOnly.FromDateTime(time)));
            return true;
        }

        return false;
    }

    /// <summary>
    /// Minutes of a duration: a number of minutes ("65", "65,5"), a clock ("1:05:03") or units ("1h 2m 3s", "1 hr 5 min",
    /// "45 min"). Seconds are rounded down: nobody is credited a minute they did not stay. Null when unreadable or negative.
    /// </summary>
    public static int? Minutes(string text)
    {
        var value = text.Trim();
        if (decimal.TryParse(value.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number < 0 ? null : (int)Math.Floor(number);
        }

        if (TimeSpan.TryParseExact(value, ["h\\:mm\\:ss", "hh\\:mm\\:ss", "h\\:mm"], CultureInfo.InvariantCulture, out var clock))
        {
            return (int)clock.TotalMinutes;
        }

        var units = Units().Matches(value);
        if (units.Count == 0 || Units().Replace(value, "").Trim().Length > 0)
        {
            return null;
        }

        var seconds = 0L;
        foreach (Match unit in units)
        {
            var amount = long.Parse(unit.Groups["n"].Value, CultureInfo.InvariantCulture);
            var name = unit.Groups["u"].Value.ToUpperInvariant();
            seconds += name.StartsWith('H') || name.StartsWith('O') ? amount * 3600 : name.StartsWith('M') ? amount * 60 : amount;
        }

        return (int)(seconds / 60);
    }

    /// <summary>A non-negative whole count; null for an empty cell; false for anything else.</summary>
    public static bool TryCount(string text, out int? count)
    {
        count = null;
        var value = text.Trim();
        if (value.Length == 0)
        {
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            count = parsed;
            return true;
        }

        return false;
    }

    private static DateTime FromRome(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A clock time that does not exist in Rome (the hour skipped when summer time starts) is read as the hour after.
        if (RomeTime.Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, RomeTime.Zone);
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();

    [GeneratedRegex(@"(?<n>\d+)\s*(?<u>hours?|hrs?|h|ore|ora|o|minutes?|mins?|m|minuti|seconds?|secs?|s|secondi)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Units();
}
