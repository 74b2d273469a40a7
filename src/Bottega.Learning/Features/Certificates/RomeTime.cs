namespace Bottega.Learning.Features.Certificates;

/// <summary>Dates on certificates are Italian dates: a course completed at 00:30 in Rome is dated that day, not the day before (UTC).</summary>
internal static class RomeTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Rome", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));
}
