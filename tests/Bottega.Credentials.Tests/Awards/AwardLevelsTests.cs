using Bottega.Credentials.Awards;
using Xunit;

namespace Bottega.Credentials.Tests.Awards;

public sealed class AwardLevelsTests
{
    private static readonly IReadOnlyList<ThresholdInput> Medals = AwardRuleDefinition.DefaultThresholds;

    [Fact]
    public void Four_out_of_five_is_exactly_gold() => Assert.Equal("Oro", AwardLevels.Position(Medals, 5, 4).Level);

    [Fact]
    public void The_highest_threshold_reached_wins() => Assert.Equal("Argento", AwardLevels.Position(Medals, 10, 7).Level);

    [Fact]
    public void Below_every_threshold_there_is_no_level_and_bronze_is_next()
    {
        var position = AwardLevels.Position(Medals, 10, 3);
        Assert.Null(position.Level);
        Assert.Equal("Bronzo", position.NextLevel);
        Assert.Equal(1, position.MoreCompletionsForNext);
    }

    [Fact]
    public void A_population_below_the_minimum_reaches_nothing_even_at_full_completion()
    {
        var position = AwardLevels.Position(Medals, 1, 1);
        Assert.Null(position.Level);
        Assert.Equal(5, position.NextMinimumPopulation);
    }

    [Fact]
    public void Gold_has_no_next_level_and_full_progress()
    {
        var position = AwardLevels.Position(Medals, 10, 9);
        Assert.Equal("Oro", position.Level);
        Assert.Null(position.NextLevel);
        Assert.Equal(100, position.ProgressToNext(10, 9));
    }

    [Fact]
    public void Progress_toward_silver_is_the_rate_over_the_threshold()
    {
        var position = AwardLevels.Position(Medals, 10, 4);
        Assert.Equal("Bronzo", position.Level);
        Assert.Equal("Argento", position.NextLevel);
        Assert.Equal(2, position.MoreCompletionsForNext);
        Assert.Equal(66, position.ProgressToNext(10, 4));
    }

    [Fact]
    public void An_empty_population_reaches_nothing() => Assert.Null(AwardLevels.Position(Medals, 0, 0).Level);
}
