using System.Net;
using Bottega.Credentials.Domain;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Credentials.Tests.Administration;

/// <summary>Competence and path sources from Learning's catalogue, the list's filters and counts, archive and restore, awards read-only.</summary>
public sealed class AchievementEditingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = BadgeArrange.Network;

    private HttpClient Admin => app.Factory.ClientFor(DemoAccounts.AdminOf(Network));

    private static Dictionary<string, string> Text(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.Description"] = "Descrizione.",
        ["Input.Criteria"] = "Criteri.",
        ["Input.Colour"] = "#003366",
        ["Input.IssueOnCompletion"] = "false",
    };

    [Fact]
    public async Task Competence_level_achievement_aligns_to_the_chosen_competence()
    {
        var page = $"{BadgeArrange.Base()}/nuovo?tipo=Competence";
        var option = (await Admin.GetDocumentAsync(page)).QuerySelectorAll("#source-competence option")
            .First(o => o.TextContent.StartsWith("4.1 ", StringComparison.Ordinal) && o.TextContent.EndsWith("Intermedio", StringComparison.Ordinal));

        var response = await Admin.PostFormAsync(page, new Dictionary<string, string>(Text("Identità digitale, livello intermedio"))
        {
            ["CompetenceLevel"] = option.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var achievement = await app.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters().Include(a => a.Alignments).SingleAsync(a => a.Id == id));
        Assert.Equal((AchievementKind.Competence, 2, false), (achievement.Kind, achievement.Level, achievement.IssueOnCompletion));
        Assert.Equal(achievement.SourceId, Assert.Single(achievement.Alignments).CompetenceId);

        var again = await Admin.PostFormAsync(page, new Dictionary<string, string>(Text("Doppione")) { ["CompetenceLevel"] = option.GetAttribute("value")! });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Paths_of_the_network_are_offered_and_a_path_of_another_network_is_refused()
    {
        var page = $"{BadgeArrange.Base()}/nuovo?tipo=Path";
        var options = (await Admin.GetDocumentAsync(page)).QuerySelectorAll("#source-path option").Select(o => o.TextContent).ToList();
        Assert.Contains("Competenze digitali per la PA", options);

        var network = await app.Factory.NetworkAsync(Network);
        var foreignPath = await app.Factory.QueryAsync(db => db.Set<Learning.Domain.LearningPath>().IgnoreQueryFilters()
            .Where(p => p.NetworkId != network.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync());
        var response = await Admin.PostFormAsync(page, new Dictionary<string, string>(Text("Percorso altrui"))
        {
            ["PathId"] = (foreignPath ?? Guid.NewGuid()).ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task List_filters_by_kind_and_counts_issued_and_revoked()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var id = await BadgeArrange.AchievementAsync(app.Factory);
        await Admin.PostFormAsync($"{BadgeArrange.Base()}/{id}/assegna", new Dictionary<string, string> { ["Email"] = DemoAccounts.Learner });
        await Admin.PostFormAsync($"{BadgeArrange.Base()}/{id}/assegna", new Dictionary<string, string> { ["Email"] = DemoAccounts.ReferentOf(Network) });
        var credential = (await BadgeArrange.CredentialsAsync(app.Factory, id))[0];
        await Admin.PostFormAsync($"{BadgeArrange.Base()}/{id}/emessi", $"{BadgeArrange.Base()}/{id}/emessi?handler=Revoke",
            new Dictionary<string, string> { ["CredentialId"] = credential.Id.ToString(), ["Reason"] = "Prova" });
        await using (var db = app.Factory.Open())
        {
            db.Add(Achievement.CreateAward(network.Id, "rule:test:gold", "Oro di prova", "Premio.", "80%.", TimeProvider.System.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var courses = await Admin.GetDocumentAsync($"{BadgeArrange.Base()}?tipo=Course");
        var awards = await Admin.GetDocumentAsync($"{BadgeArrange.Base()}?tipo=Award");

        var row = courses.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href$='{id}']") is not null);
        Assert.Equal(["2", "1"], row.QuerySelectorAll("td").Skip(2).Select(c => (c.QuerySelector("a")?.ChildNodes[0].TextContent ?? c.TextContent).Trim()));
        Assert.DoesNotContain("Oro di prova", courses.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Oro di prova", awards.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archived_achievements_leave_the_list_and_can_be_restored()
    {
        var id = await BadgeArrange.AchievementAsync(app.Factory);
        var page = $"{BadgeArrange.Base()}/{id}";

        Assert.Equal(HttpStatusCode.Redirect, (await Admin.PostFormAsync(page, page + "?handler=Archive", new Dictionary<string, string>())).StatusCode);
        Assert.DoesNotContain(id.ToString(), await (await Admin.GetAsync(BadgeArrange.Base())).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(id.ToString(), await (await Admin.GetAsync(BadgeArrange.Base() + "?archiviati=true")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await Admin.PostFormAsync($"{page}/assegna", new Dictionary<string, string> { ["Email"] = DemoAccounts.Learner });
        Assert.Empty(await BadgeArrange.CredentialsAsync(app.Factory, id));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Admin.PostFormAsync(page, page + "?handler=Restore", new Dictionary<string, string>())).StatusCode);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Archived).SingleAsync()));
        Assert.Single(await app.Factory.AuditAsync("achievement.archived"), a => a.TargetId == id.ToString());
    }

    [Fact]
    public async Task Edits_are_saved_and_awards_stay_read_only()
    {
        var id = await BadgeArrange.AchievementAsync(app.Factory);
        var saved = await Admin.PostFormAsync($"{BadgeArrange.Base()}/{id}", new Dictionary<string, string>(Text("Nome nuovo")) { ["Input.ValidityMonths"] = "12" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = await app.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters().SingleAsync(a => a.Id == id));
        Assert.Equal(("Nome nuovo", 12, "#003366"), (edited.Name, edited.ValidityMonths, edited.Colour));

        var badColour = await Admin.PostFormAsync($"{BadgeArrange.Base()}/{id}", new Dictionary<string, string>(Text("Nome")) { ["Input.Colour"] = "red" });
        Assert.Equal(HttpStatusCode.OK, badColour.StatusCode);

        var network = await app.Factory.NetworkAsync(Network);
        var award = Achievement.CreateAward(network.Id, "rule:readonly:gold", "Oro", "Premio.", "80%.", TimeProvider.System.GetUtcNow().UtcDateTime);
        await using (var db = app.Factory.Open())
        {
            db.Add(award);
            await db.SaveChangesAsync();
        }

        var awardPage = await Admin.GetDocumentAsync($"{BadgeArrange.Base()}/{award.Id}");
        Assert.Empty(awardPage.QuerySelectorAll("main form[method=post]"));
        var update = await Admin.PostFormAsync($"{BadgeArrange.Base()}/nuovo", $"{BadgeArrange.Base()}/{award.Id}", Text("Cambiato"));
        var archive = await Admin.PostFormAsync($"{BadgeArrange.Base()}/nuovo", $"{BadgeArrange.Base()}/{award.Id}?handler=Archive", new Dictionary<string, string>());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (update.StatusCode, archive.StatusCode));
        var stored = await app.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters().SingleAsync(a => a.Id == award.Id));
        Assert.Equal(("Oro", false), (stored.Name, stored.Archived));
    }
}
