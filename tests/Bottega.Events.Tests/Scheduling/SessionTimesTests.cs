using Bottega.Events.Features.Scheduling;
using Bottega.Platform.Localization;
using Xunit;

namespace Bottega.Events.Tests.Scheduling;

public sealed class SessionTimesTests
{
    [Fact]
    public void A_time_missing_on_the_last_Sunday_of_March_is_refused()
    {
        var result = SessionTimes.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(2, 30));

        Assert.False(result.Succeeded);
        Assert.Equal(SessionTimes.MissingTimeError, result.Error);
    }

    [Fact]
    public void A_time_repeated_on_the_last_Sunday_of_October_takes_the_first_summer_time_instant()
    {
        var result = SessionTimes.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(2, 30));

        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), result.StartsAtUtc);
    }

    [Fact]
    public void An_ordinary_time_is_converted_with_the_season_offset()
    {
        Assert.Equal(new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc), SessionTimes.ToUtc(new DateOnly(2026, 7, 1), new TimeOnly(10, 0)).StartsAtUtc);
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), SessionTimes.ToUtc(new DateOnly(2026, 12, 1), new TimeOnly(10, 0)).StartsAtUtc);
    }

    [Theory]
    [InlineData(2026, 10, 18)]
    [InlineData(2026, 3, 22)]
    public void A_weekly_series_across_a_change_keeps_ten_oclock_in_Rome(int year, int month, int day)
    {
        var series = SessionTimes.Weekly(new DateOnly(year, month, day), new TimeOnly(10, 0), 3);

        Assert.All(series, s => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(RomeTime.Of(s.StartsAtUtc!.Value))));
        Assert.NotEqual(series[0].StartsAtUtc!.Value.Hour, series[2].StartsAtUtc!.Value.Hour);
        Assert.Equal(TimeSpan.FromDays(14) + (month == 10 ? TimeSpan.FromHours(1) : TimeSpan.FromHours(-1)), series[2].StartsAtUtc!.Value - series[0].StartsAtUtc!.Value);
    }

    [Fact]
    public void A_month_starts_at_midnight_in_Rome()
    {
        var (start, end) = SessionTimes.MonthBounds(2026, 12);

        Assert.Equal(new DateTime(2026, 11, 30, 23, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(new DateTime(2026, 12, 31, 23, 0, 0, DateTimeKind.Utc), end);
    }
}
