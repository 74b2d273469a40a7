using Bottega.Events.Features.Attendance.Csv;
using Xunit;

namespace Bottega.Events.Tests.Attendance;

public sealed class CsvValuesTests
{
    private static readonly DateOnly Day = new(2026, 10, 25);

    [Theory]
    [InlineData("65", 65)]
    [InlineData("65,9", 65)]
    [InlineData("1h 2m 3s", 62)]
    [InlineData("57m 55s", 57)]
    [InlineData("1 hr 5 min", 65)]
    [InlineData("45 min", 45)]
    [InlineData("1:05:03", 65)]
    [InlineData("2 ore 10 minuti", 130)]
    public void Durations_are_read_in_whole_minutes(string text, int minutes) => Assert.Equal(minutes, CsvValues.Minutes(text));

    [Theory]
    [InlineData("-5")]
    [InlineData("tanto")]
    [InlineData("5 giorni")]
    public void Negative_or_unreadable_durations_are_refused(string text) => Assert.Null(CsvValues.Minutes(text));

    [Theory]
    [InlineData("2026-10-25T10:00:00+01:00", true, 9)]
    [InlineData("2026-10-25T09:00:00Z", true, 9)]
    [InlineData("10/25/2026 10:00:00 AM", true, 9)]
    [InlineData("25/10/2026 10:00", false, 9)]
    [InlineData("2026-10-24 10:00", false, 8)]
    [InlineData("10:00", false, 9)]
    public void Times_without_an_offset_are_Rome_time(string text, bool monthFirst, int utcHour)
    {
        Assert.True(CsvValues.TryTime(text, monthFirst, Day, out var utc));
        Assert.Equal(utcHour, utc.Hour);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void A_time_that_is_no_time_is_refused() => Assert.False(CsvValues.TryTime("25:61", false, Day, out _));
}
