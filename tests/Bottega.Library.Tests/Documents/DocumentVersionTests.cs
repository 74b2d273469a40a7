using System.Net;
using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Library.Tests.Documents;

public sealed class DocumentVersionTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_second_version_keeps_the_first_downloadable_counts_downloads_and_mails_the_followers()
    {
        var uploader = app.Factory.ClientFor(LibraryPeople.Referent);
        var id = await LibraryUploads.PublishAsync(uploader, "disciplinare.txt", SampleFiles.Text("prima stesura"));
        var referentOrg = await LibraryPeople.OrganizationOfAsync(app.Factory, LibraryPeople.Referent);
        var follower = (await LibraryPeople.PlainMembersAsync(app.Factory, referentOrg, 1))[0].Email;
        var page = $"/reti/{LibraryPeople.Network}/biblioteca/documenti/{id}";
        var followerClient = app.Factory.ClientFor(follower);
        Assert.Equal(HttpStatusCode.Redirect, (await followerClient.PostFormAsync(page, page + "?handler=follow", new Dictionary<string, string>())).StatusCode);

        var v1 = await followerClient.GetAsync(page + "/versioni/1/file");
        Assert.Equal(HttpStatusCode.OK, v1.StatusCode);
        Assert.Equal("attachment", v1.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("prima stesura", await v1.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var posted = await uploader.PostFileFormAsync(page + "/nuova-versione", page + "/nuova-versione",
            new Dictionary<string, string> { ["note"] = "Aggiornati i requisiti di partecipazione" }, "file", "disciplinare-v2.txt", SampleFiles.Text("seconda stesura"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        Assert.Contains("prima stesura", await (await followerClient.GetAsync(page + "/versioni/1/file")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("seconda stesura", await (await followerClient.GetAsync(page + "/versioni/2/file")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = app.Factory.Open())
        {
            var document = await db.Set<LibraryDocument>().IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == id);
            Assert.Equal(2, document.CurrentVersion);
            Assert.Equal(3, document.DownloadCount);
            var versions = await db.Set<DocumentVersion>().IgnoreQueryFilters().AsNoTracking().Where(v => v.DocumentId == id).OrderBy(v => v.Number).ToListAsync();
            Assert.Equal([2L, 1L], versions.Select(v => v.DownloadCount));
        }

        var mails = Directory.GetFiles(app.Factory.MailFolder).Select(File.ReadAllText)
            .Where(m => m.Contains("Aggiornati i requisiti di partecipazione", StringComparison.Ordinal)).ToList();
        Assert.Single(mails);
        Assert.Contains(follower, mails[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"/biblioteca/documenti/{id}", mails[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_preview_is_inline_and_sandboxed_and_not_counted()
    {
        var client = app.Factory.ClientFor(LibraryPeople.Referent);
        var id = await LibraryUploads.PublishAsync(client, "bando.pdf", SampleFiles.Pdf("anteprima"));
        var response = await client.GetAsync($"/reti/{LibraryPeople.Network}/biblioteca/documenti/{id}/versioni/1/file?anteprima=1");
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        await using var db = app.Factory.Open();
        Assert.Equal(0, (await db.Set<LibraryDocument>().IgnoreQueryFilters().SingleAsync(d => d.Id == id)).DownloadCount);
    }

    [Fact]
    public async Task An_organization_declares_adoption_once_and_the_declarer_follows()
    {
        var id = await LibraryUploads.PublishAsync(app.Factory.ClientFor(LibraryPeople.Referent), "modello.txt", SampleFiles.Text("modello"));
        var referentOrg = await LibraryPeople.OrganizationOfAsync(app.Factory, LibraryPeople.Referent);
        var member = (await LibraryPeople.PlainMembersAsync(app.Factory, referentOrg, 1))[0];
        var client = app.Factory.ClientFor(member.Email);
        var page = $"/reti/{LibraryPeople.Network}/biblioteca/documenti/{id}";

        var first = await client.PostFormAsync(page, page + "?handler=adopt", new Dictionary<string, string> { ["note"] = "Determina 12/2026" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await client.PostFormAsync(page, page + "?handler=adopt", new Dictionary<string, string> { ["note"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var shown = await client.GetDocumentAsync(page);
        Assert.Contains("già dichiarato", shown.QuerySelector(".alert-danger")?.TextContent ?? "", StringComparison.Ordinal);

        await using var db = app.Factory.Open();
        Assert.Equal(1, await db.Set<DocumentAdoption>().IgnoreQueryFilters().CountAsync(a => a.DocumentId == id));
        Assert.Equal(1, (await db.Set<LibraryDocument>().IgnoreQueryFilters().SingleAsync(d => d.Id == id)).AdoptionCount);
        var me = await app.Factory.UserIdAsync(member.Email);
        Assert.True(await db.Set<DocumentFollower>().IgnoreQueryFilters().AnyAsync(f => f.DocumentId == id && f.PersonId == me));
    }

    [Fact]
    public async Task Comment_html_is_sanitized()
    {
        var client = app.Factory.ClientFor(LibraryPeople.Referent);
        var id = await LibraryUploads.PublishAsync(client, "nota.txt", SampleFiles.Text("nota"));
        var page = $"/reti/{LibraryPeople.Network}/biblioteca/documenti/{id}";
        var posted = await client.PostFormAsync(page, page + "?handler=comment",
            new Dictionary<string, string> { ["body"] = "**Utile** <script>alert(1)</script><img src=x onerror=alert(2)>" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var body = (await client.GetDocumentAsync(page)).QuerySelector(".comment-body")!;
        Assert.NotNull(body.QuerySelector("strong"));
        Assert.Null(body.QuerySelector("script"));
        Assert.Null(body.QuerySelector("[onerror]"));
    }
}
