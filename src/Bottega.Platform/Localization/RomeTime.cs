namespace Bottega.Platform.Localization;

/// <summary>
/// Italian time. Instants are stored in UTC; dates people read or set (a certificate's day, a rule's deadline, a
/// scheduled job) are days in Rome: a course completed at 00:30 in Rome is dated that day, not the day before.
/// </summary>
public static class RomeTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Rome", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(Of(utc));

    /// <summary>The first UTC instant after the day ends in Rome.</summary>
    public static DateTime EndOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), Zone);
}
