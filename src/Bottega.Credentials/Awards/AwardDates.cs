namespace Bottega.Credentials.Awards;

/// <summary>Rule dates are Italian calendar days: a deadline of 31 December counts completions until midnight in Rome.</summary>
internal static class AwardDates
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Rome", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The first UTC instant after the day ends in Rome.</summary>
    public static DateTime EndOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));
}
