using System.Net;
using Bottega.Credentials.Awards;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Credentials.Tests.Awards;

/// <summary>The admin pages (define, activate, evaluate now) and the public leaderboard, through HTTP.</summary>
public sealed class AwardPagesTests(AwardsFixture app) : IClassFixture<AwardsFixture>
{
    private const string Network = AwardsData.Network;
    private static readonly string Admin = DemoAccounts.AdminOf(Network);
    private static readonly string Manage = $"/reti/{Network}/gestione/riconoscimenti";

    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, string>> FormAsync(string name)
    {
        var path = await app.Factory.DemoPathAsync();
        return new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.PathId"] = path.ToString(),
            ["Form.PopulationDate"] = Iso(Today),
            ["Form.Deadline"] = Iso(Today.AddMonths(3)),
            ["Form.Thresholds[0].Level"] = "Oro",
            ["Form.Thresholds[0].Percent"] = "80",
            ["Form.Thresholds[0].MinimumPopulation"] = "5",
            ["Form.Thresholds[1].Level"] = "Argento",
            ["Form.Thresholds[1].Percent"] = "60",
            ["Form.Thresholds[1].MinimumPopulation"] = "5",
            ["Form.Thresholds[2].Level"] = "Bronzo",
            ["Form.Thresholds[2].Percent"] = "40",
            ["Form.Thresholds[2].MinimumPopulation"] = "5",
            ["Form.Thresholds[3].Level"] = "",
            ["Form.Thresholds[3].Percent"] = "0",
            ["Form.Thresholds[3].MinimumPopulation"] = "5",
        };
    }

    [Fact]
    public async Task Admin_defines_activates_and_evaluates_a_rule_and_the_unions_get_their_levels()
    {
        var client = app.Factory.ClientFor(Admin);
        var form = await client.GetDocumentAsync($"{Manage}/nuova");
        Assert.Equal("80", form.QuerySelector("input[name='Form.Thresholds[0].Percent']")?.GetAttribute("value"));

        var created = await client.PostFormAsync($"{Manage}/nuova", $"{Manage}/nuova?handler=Save", await FormAsync("Oro, argento e bronzo 2026"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.OriginalString;
        var ruleId = Guid.Parse(page[(page.LastIndexOf('/') + 1)..]);
        Assert.Equal(1, await app.Factory.AuditCountAsync("award.rule.created", ruleId));
        var rule = await app.Factory.QueryAsync(db => db.Set<AwardRule>().IgnoreQueryFilters().Include(r => r.Thresholds).SingleAsync(r => r.Id == ruleId));
        Assert.Equal(AwardRuleState.Draft, rule.State);
        Assert.Equal(3, rule.Thresholds.Count);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}?handler=Activate", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, $"{page}?handler=Evaluate", new Dictionary<string, string>())).StatusCode);

        var gold = await app.Factory.UnionAtAsync(ruleId, "Oro");
        var silver = await app.Factory.UnionAtAsync(ruleId, "Argento");
        var grants = await app.Factory.GrantsAsync(ruleId);
        Assert.Contains((gold.OrganizationName, "Oro"), grants);
        Assert.Contains((silver.OrganizationName, "Argento"), grants);
        Assert.Equal(1, await app.Factory.AuditCountAsync("award.rule.evaluated", ruleId));
        var results = (await client.GetDocumentAsync(page)).Body!.TextContent;
        Assert.Contains(gold.OrganizationName, results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_form_is_refused_with_a_message_and_nothing_is_saved()
    {
        var client = app.Factory.ClientFor(Admin);
        var fields = await FormAsync("Scadenza sbagliata");
        fields["Form.Deadline"] = Iso(Today.AddDays(-5));
        fields["Form.Thresholds[1].Percent"] = "not a number";

        var response = await client.PostFormAsync($"{Manage}/nuova", $"{Manage}/nuova?handler=Save", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ParseAsync()).QuerySelector(".alert-danger"));
        Assert.False(await app.Factory.QueryAsync(db => db.Set<AwardRule>().IgnoreQueryFilters().AnyAsync(r => r.Name == "Scadenza sbagliata")));
    }

    [Fact]
    public async Task A_path_of_another_network_is_refused()
    {
        var fields = await FormAsync("Percorso altrui");
        fields["Form.PathId"] = Guid.NewGuid().ToString();

        var response = await app.Factory.ClientFor(Admin).PostFormAsync($"{Manage}/nuova", $"{Manage}/nuova?handler=Save", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<AwardRule>().IgnoreQueryFilters().AnyAsync(r => r.Name == "Percorso altrui")));
    }

    [Fact]
    public async Task The_public_leaderboard_shows_organizations_levels_and_progress_but_no_people()
    {
        var rule = await app.Factory.DemoRuleAsync();

        var response = await app.Factory.ClientFor(null).GetAsync($"/reti/{Network}/riconoscimenti/{rule}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ParseAsync();
        var text = document.Body!.TextContent;
        Assert.Contains((await app.Factory.UnionAtAsync(rule, "Oro")).OrganizationName, text, StringComparison.Ordinal);
        Assert.Contains("Oro", text, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll("[role=progressbar][aria-valuenow]"));
        Assert.DoesNotContain("@" + DemoAccounts.Domain, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_list_shows_active_rules_but_not_drafts()
    {
        var draft = await app.Factory.RuleAsync(Today, Today.AddMonths(1), activate: false);
        var anonymous = app.Factory.ClientFor(null);

        var list = await (await anonymous.GetAsync($"/reti/{Network}/riconoscimenti")).Content.ReadAsStringAsync();

        Assert.Contains(DemoAwards.RuleName, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reti/{Network}/riconoscimenti/{draft}")).StatusCode);
    }

    [Fact]
    public async Task A_rule_of_another_network_is_not_found_there()
    {
        var rule = await app.Factory.DemoRuleAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(null).GetAsync($"/reti/{DemoAccounts.Rup}/riconoscimenti/{rule}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup)).GetAsync($"/reti/{DemoAccounts.Rup}/gestione/riconoscimenti/{rule}")).StatusCode);
    }
}
