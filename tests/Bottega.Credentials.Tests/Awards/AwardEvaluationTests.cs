using Bottega.Credentials.Awards;
using Xunit;

namespace Bottega.Credentials.Tests.Awards;

/// <summary>
/// Evaluation on the demo federation's 128-hour path: each demo union enrolled all its people and completed the path
/// with a different share (about 85%, 65%, 45%, 20%), so they earn gold, silver, bronze and nothing.
/// </summary>
public sealed class AwardEvaluationTests(AwardsFixture app) : IClassFixture<AwardsFixture>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Demo_unions_earn_the_level_their_completion_rate_earns()
    {
        var rule = await app.Factory.RuleAsync(Today, Today.AddMonths(6));

        var outcome = await app.Factory.EvaluateAsync(rule);

        Assert.True(outcome.Result.Succeeded, outcome.Result.Error);
        var grants = await app.Factory.GrantsAsync(rule);
        Assert.Contains((AwardsData.Unions[0], "Oro"), grants);
        Assert.Contains((AwardsData.Unions[1], "Argento"), grants);
        Assert.Contains((AwardsData.Unions[2], "Bronzo"), grants);
        Assert.DoesNotContain(grants, g => g.Organization == AwardsData.Unions[3]);
        Assert.Equal(grants.Count, outcome.NewAwards);
    }

    [Fact]
    public async Task A_union_counts_the_people_of_its_municipalities()
    {
        var rule = await app.Factory.RuleAsync(Today, Today.AddMonths(6));
        await app.Factory.EvaluateAsync(rule);

        var standings = await app.Factory.StandingsAsync(rule);
        var union = standings.Single(s => s.OrganizationName == AwardsData.Unions[0]);
        Assert.True(union.Population >= 5, $"{union.Population} people");
        Assert.True(union.Population > standings.Where(s => s.OrganizationId != union.OrganizationId && s.Population > 0)
            .Where(s => s.OrganizationName != AwardsData.Unions[0]).Min(s => s.Population));
        Assert.Equal(AwardLevels.Position(AwardRuleDefinition.DefaultThresholds, union.Population, union.Completed).Level, union.Level);
    }

    [Fact]
    public async Task Evaluating_again_issues_nothing_twice()
    {
        var rule = await app.Factory.RuleAsync(Today, Today.AddMonths(6));
        await app.Factory.EvaluateAsync(rule);
        var issued = app.Issuing.Issued.Count;
        var grants = await app.Factory.GrantsAsync(rule);

        var again = await app.Factory.EvaluateAsync(rule);

        Assert.Equal(0, again.NewAwards);
        Assert.Equal(grants, await app.Factory.GrantsAsync(rule));
        Assert.Equal(issued, app.Issuing.Issued.Count);
        Assert.Contains(app.Issuing.Issued, i => i.Level.StartsWith("Oro — ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_organization_below_the_minimum_population_earns_nothing_even_at_full_completion()
    {
        var rule = await app.Factory.RuleAsync(Today, Today.AddMonths(6));
        await app.Factory.EvaluateAsync(rule);

        var standings = await app.Factory.StandingsAsync(rule);
        Assert.All(standings.Where(s => s.Population < 5), s => Assert.Null(s.Level));
        Assert.Contains(standings, s => s.Population is > 0 and < 5 && s.Completed == s.Population);
    }

    [Fact]
    public async Task A_minimum_above_the_gold_union_population_keeps_it_from_gold()
    {
        var probe = await app.Factory.RuleAsync(Today, Today.AddMonths(6));
        await app.Factory.EvaluateAsync(probe);
        var gold = (await app.Factory.StandingsAsync(probe)).Single(s => s.OrganizationName == AwardsData.Unions[0]);
        var rule = await app.Factory.RuleAsync(Today, Today.AddMonths(6),
            [new("Oro", 80, gold.Population + 1), new("Argento", 60, 5), new("Bronzo", 40, 5)]);

        await app.Factory.EvaluateAsync(rule);

        Assert.Contains((AwardsData.Unions[0], "Argento"), await app.Factory.GrantsAsync(rule));
    }

    [Fact]
    public async Task Completions_after_the_deadline_do_not_count_and_the_rule_closes()
    {
        // The union people enrolled three weeks ago and finished the path's last course between 11 and 9 days ago.
        var rule = await app.Factory.RuleAsync(Today.AddDays(-15), Today.AddDays(-15));

        var outcome = await app.Factory.EvaluateAsync(rule);

        Assert.True(outcome.Closed);
        Assert.Empty(await app.Factory.GrantsAsync(rule));
        var union = (await app.Factory.StandingsAsync(rule)).Single(s => s.OrganizationName == AwardsData.Unions[0]);
        Assert.True(union.Population >= 5);
        Assert.Equal(0, union.Completed);
        Assert.False((await app.Factory.EvaluateAsync(rule)).Result.Succeeded);
    }

    [Fact]
    public async Task People_enrolled_after_the_population_date_are_not_counted()
    {
        var rule = await app.Factory.RuleAsync(Today.AddDays(-40), Today.AddMonths(6));

        await app.Factory.EvaluateAsync(rule);

        Assert.All(await app.Factory.StandingsAsync(rule), s => Assert.Equal(0, s.Population));
        Assert.Empty(await app.Factory.GrantsAsync(rule));
    }

    [Fact]
    public async Task A_draft_rule_is_not_evaluated()
    {
        var rule = await app.Factory.RuleAsync(Today, Today.AddMonths(6), activate: false);

        var outcome = await app.Factory.EvaluateAsync(rule);

        Assert.False(outcome.Result.Succeeded);
        Assert.Empty(await app.Factory.StandingsAsync(rule));
    }

    [Fact]
    public async Task The_demo_rule_was_evaluated_when_the_demo_was_seeded_and_its_pending_awards_are_issued_now()
    {
        var rule = await app.Factory.DemoRuleAsync();
        var grants = await app.Factory.GrantsAsync(rule);
        Assert.Contains((AwardsData.Unions[0], "Oro"), grants);
        Assert.Contains((AwardsData.Unions[1], "Argento"), grants);

        await app.Factory.EvaluateAsync(rule);

        Assert.Contains(app.Issuing.Issued, i => i.Level == $"Argento — {Bottega.Demo.DemoAwards.RuleName}");
        Assert.Equal(grants, await app.Factory.GrantsAsync(rule));
    }
}
