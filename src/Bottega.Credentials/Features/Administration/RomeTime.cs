namespace Bottega.Credentials.Features.Administration;

/// <summary>Dates are stored in UTC; administrators read them in Italian time.</summary>
public static class RomeTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
