using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Authoring;

public sealed class FrameworkTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Academy;
    private const string List = "/reti/" + Network + "/gestione/competenze";

    [Fact]
    public async Task An_admin_builds_a_framework_of_the_network_with_levels_areas_and_competences()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var created = await admin.PostFormAsync(List, new Dictionary<string, string> { ["code"] = "enoturismo", ["name"] = "Competenze per l'enoturismo" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(page.Split('/')[^1]);

        await admin.PostFormAsync(page, page + "?handler=Level", new Dictionary<string, string> { ["name"] = "Base" });
        await admin.PostFormAsync(page, page + "?handler=Level", new Dictionary<string, string> { ["name"] = "Esperto" });
        await admin.PostFormAsync(page, page + "?handler=Area", new Dictionary<string, string> { ["code"] = "1", ["name"] = "Accoglienza" });
        var areaId = await app.Factory.QueryAsync(db => db.Set<CompetenceArea>().Where(a => a.FrameworkId == id).Select(a => a.Id).SingleAsync());
        await admin.PostFormAsync(page, page + "?handler=Competence", new Dictionary<string, string> { ["areaId"] = areaId.ToString(), ["code"] = "1.1", ["name"] = "Racconto del territorio" });

        var framework = await app.Factory.QueryAsync(db => db.Set<CompetencyFramework>().Include(f => f.Levels).Include(f => f.Areas).ThenInclude(a => a.Competences).SingleAsync(f => f.Id == id));
        Assert.Equal([1, 2], framework.Levels.Select(l => l.Rank).Order());
        Assert.Equal("Racconto del territorio", framework.Areas.Single().Competences.Single().Name);

        // The network's teachers can now tag courses with it.
        var teacher = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var courseId = await Authoring.CreateCourseAsync(teacher, Network, "Accoglienza in cantina");
        var editor = await teacher.GetDocumentAsync(Authoring.Editor(Network, courseId));
        Assert.Contains("Racconto del territorio", editor.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task National_frameworks_are_read_only_and_other_networks_frameworks_are_not_found()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var syllabus = await app.Factory.QueryAsync(db => db.Set<CompetencyFramework>().Where(f => f.NetworkId == null).Select(f => f.Id).FirstAsync());
        var page = $"{List}/{syllabus}";

        var view = await admin.GetDocumentAsync(page);
        var refused = await admin.PostFormAsync(page, page + "?handler=Level", new Dictionary<string, string> { ["name"] = "Nuovo" });

        Assert.Null(view.QuerySelector("form[action*='handler=Level']"));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var created = await admin.PostFormAsync(List, new Dictionary<string, string> { ["code"] = "privato", ["name"] = "Quadro privato" });
        var other = app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/reti/{DemoAccounts.Rup}/gestione/competenze/{created.Headers.Location!.OriginalString.Split('/')[^1]}")).StatusCode);
    }

    [Fact]
    public async Task The_frameworks_page_is_for_admins()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(List)).StatusCode);
        Assert.True((await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).GetAsync(List)).IsDenied());
        Assert.True((await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup)).GetAsync(List)).IsDenied());
        Assert.True((await app.Factory.ClientFor(null).GetAsync(List)).IsSignInChallenge());
    }
}
