using Bottega.Credentials.Awards;
using Xunit;

namespace Bottega.Credentials.Tests.Awards;

public sealed class AwardRuleDefinitionTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    private static AwardRuleDefinition Valid() => new("Competenze digitali", Guid.NewGuid(), Day, Day.AddMonths(6), AwardRuleDefinition.DefaultThresholds);

    [Fact]
    public void The_default_medals_are_valid() => Assert.Null(Valid().Problem());

    [Fact]
    public void A_deadline_before_the_population_date_is_refused() =>
        Assert.NotNull((Valid() with { Deadline = Day.AddDays(-1) }).Problem());

    [Fact]
    public void Two_thresholds_at_the_same_percentage_are_refused() =>
        Assert.NotNull((Valid() with { Thresholds = [new("Oro", 80, 5), new("Argento", 80, 5)] }).Problem());

    [Fact]
    public void Level_names_differing_only_by_case_are_refused() =>
        Assert.NotNull((Valid() with { Thresholds = [new("Oro", 80, 5), new("oro", 60, 5)] }).Problem());

    [Theory]
    [InlineData(0, 5)]
    [InlineData(101, 5)]
    [InlineData(50, 0)]
    public void Out_of_range_numbers_are_refused(int percent, int minimum) =>
        Assert.NotNull((Valid() with { Thresholds = [new("Oro", percent, minimum)] }).Problem());

    [Fact]
    public void No_thresholds_or_more_than_five_are_refused()
    {
        Assert.NotNull((Valid() with { Thresholds = [] }).Problem());
        Assert.NotNull((Valid() with { Thresholds = Enumerable.Range(1, 6).Select(i => new ThresholdInput($"L{i}", i * 10, 5)).ToList() }).Problem());
    }

    [Fact]
    public void A_missing_name_or_path_is_refused()
    {
        Assert.NotNull((Valid() with { Name = " " }).Problem());
        Assert.NotNull((Valid() with { PathId = Guid.Empty }).Problem());
    }
}
