using Bottega.Credentials.Awards;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
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
        var standings = await app.Factory.StandingsAsync(rule);
        var expected = standings.Select(s => (s.OrganizationName, Level: AwardLevels.Position(AwardRuleDefinition.DefaultThresholds, s.Population, s.Completed).Level))
            .Where(s => s.Level is not null).Select(s => (s.OrganizationName, s.Level!)).OrderBy(s => s.OrganizationName, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, grants);
        Assert.Equal(grants.Count, outcome.NewAwards);
        var unionLevels = grants.Where(g => AwardsData.Unions.Contains(g.Organization)).ToList();
        Assert.Contains(unionLevels, g => g.Level == "Oro");
        Assert.Contains(unionLevels, g => g.Level == "Argento");
        Assert.All(standings.Where(s => AwardsData.Unions.Contains(s.OrganizationName) && s.Population < 5), s => Assert.Null(s.Level));
    }

    [Fact]
    public async Task A_union_counts_the_people_of_its_municipalities()
    {
        var rule = await app.Factory.RuleAsync(Today, Today.AddMonths(6));
        await app.Factory.EvaluateAsync(rule);

        var standings = await app.Factory.StandingsAsync(rule);
        var union = await app.Factory.UnionAtAsync(rule, "Oro");
        var municipalities = await app.Factory.QueryAsync(db => db.Set<Bottega.Organizations.Domain.UnionMembership>()
            .Where(u => u.UnionId == union.OrganizationId).Select(u => u.MunicipalityId).ToListAsync());
        var ofMunicipalities = standings.Where(s => municipalities.Contains(s.OrganizationId)).ToList();
        Assert.Contains(ofMunicipalities, s => s.Population > 0);
        // Every municipality of the demo unions is also a member organization: its people are counted there and in the union.
        Assert.True(union.Population >= ofMunicipalities.Sum(s => s.Population) && union.Completed >= ofMunicipalities.Sum(s => s.Completed));
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
        var gold = await app.Factory.UnionAtAsync(probe, "Oro");
        var rule = await app.Factory.RuleAsync(Today, Today.AddMonths(6),
            [new("Oro", 80, gold.Population + 1), new("Argento", 60, 5), new("Bronzo", 40, 5)]);

        await app.Factory.EvaluateAsync(rule);

        var grants = await app.Factory.GrantsAsync(rule);
        Assert.DoesNotContain((gold.OrganizationName, "Oro"), grants);
        Assert.Contains((gold.OrganizationName, "Argento"), grants);
    }

    [Fact]
    public async Task Completions_after_the_deadline_do_not_count_and_the_rule_closes()
    {
        // The union people enrolled three weeks ago and finished the path's last course between 11 and 9 days ago.
        var rule = await app.Factory.RuleAsync(Today.AddDays(-15), Today.AddDays(-15));

        var outcome = await app.Factory.EvaluateAsync(rule);

        Assert.True(outcome.Closed);
        Assert.Empty(await app.Factory.GrantsAsync(rule));
        var unions = (await app.Factory.StandingsAsync(rule)).Where(s => AwardsData.Unions.Contains(s.OrganizationName)).ToList();
        Assert.Contains(unions, s => s.Population >= 5);
        Assert.All(unions, s => Assert.Equal(0, s.Completed));
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
    public async Task The_demo_rule_was_evaluated_and_its_awards_issued_when_the_demo_was_seeded_and_evaluating_again_issues_nothing()
    {
        var rule = await app.Factory.DemoRuleAsync();
        var grants = await app.Factory.GrantsAsync(rule);
        Assert.Contains(grants, g => AwardsData.Unions.Contains(g.Organization) && g.Level == "Oro");
        Assert.Contains(grants, g => AwardsData.Unions.Contains(g.Organization) && g.Level == "Argento");

        await app.Factory.EvaluateAsync(rule);

        Assert.DoesNotContain(app.Issuing.Issued, i => i.Level.EndsWith(Bottega.Demo.DemoAwards.RuleName, StringComparison.Ordinal));
        Assert.Equal(grants, await app.Factory.GrantsAsync(rule));
    }
}
