using System.Net;
using Bottega.Library.Domain;
using Bottega.Testing;
using Xunit;

namespace Bottega.Library.Tests.Documents;

public sealed class DocumentAccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_private_group_document_is_a_404_for_an_outsider_on_the_page_and_the_download()
    {
        var network = await app.Factory.NetworkAsync(LibraryPeople.Network);
        var insider = await app.Factory.UserIdAsync(LibraryPeople.Referent);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var group = WorkingGroup.Create(network.Id, "gruppo-" + Guid.NewGuid().ToString("N")[..8], "Gruppo riservato", null, insider, now);
        var document = LibraryDocument.Create(network.Id,
            new DocumentMetadata("Verbale riservato", null, DocumentKind.Report, null, null, null, DocumentLicence.AllRightsReserved, DocumentVisibility.WorkingGroup, group.Id),
            insider, now);
        await using (var db = app.Factory.Open())
        {
            db.Add(group);
            db.Add(WorkingGroupMember.Create(network.Id, group.Id, insider, WorkingGroupRole.Coordinator, now));
            db.Add(document);
            db.Add(DocumentVersion.Create(network.Id, document.Id, document.NextVersion(now), new StoredFile("x/" + Guid.NewGuid().ToString("N"), "verbale.txt", "text/plain", 3, "00"), null, insider, now));
            await db.SaveChangesAsync();
        }

        var outsider = (await LibraryPeople.PlainMembersAsync(app.Factory, null, 1))[0].Email;
        var url = $"/reti/{LibraryPeople.Network}/biblioteca/documenti/{document.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(outsider).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(outsider).GetAsync(url + "/versioni/1/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(null).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(LibraryPeople.Referent).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_document_requested_under_another_network_is_a_404()
    {
        var id = await LibraryUploads.PublishAsync(app.Factory.ClientFor(LibraryPeople.Referent), "note.txt", SampleFiles.Text("testo"),
            LibraryUploads.Fields("Pubblico delle province", "Public"));
        var elsewhere = app.Factory.ClientFor("admin.rup-italia@bottega.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/reti/rup-italia/biblioteca/documenti/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/reti/rup-italia/biblioteca/documenti/{id}/versioni/1/file")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(null).GetAsync($"/reti/{LibraryPeople.Network}/biblioteca/documenti/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_member_without_rights_cannot_edit_or_post_a_new_version()
    {
        var id = await LibraryUploads.PublishAsync(app.Factory.ClientFor(LibraryPeople.Referent), "note.txt", SampleFiles.Text("testo"));
        var referentOrg = await LibraryPeople.OrganizationOfAsync(app.Factory, LibraryPeople.Referent);
        var other = app.Factory.ClientFor((await LibraryPeople.PlainMembersAsync(app.Factory, referentOrg, 1))[0].Email);
        var page = $"/reti/{LibraryPeople.Network}/biblioteca/documenti/{id}";
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page + "/modifica")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page + "/nuova-versione")).StatusCode);

        // Posting with a token taken from a page they may see does not help either.
        var edit = await other.PostFormAsync(page, page + "/modifica", LibraryUploads.Fields("Titolo cambiato"));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var upload = await other.PostFileFormAsync(page, page + "/nuova-versione", new Dictionary<string, string> { ["note"] = "mia" }, "file", "x.txt", SampleFiles.Text("x"));
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
    }

    [Fact]
    public async Task Only_network_admins_manage_collections()
    {
        var url = $"/reti/{LibraryPeople.Network}/gestione/biblioteca/raccolte";
        Assert.True((await app.Factory.ClientFor(LibraryPeople.Referent).GetAsync(url)).IsDenied());
        var admin = app.Factory.ClientFor(LibraryPeople.Admin);
        var slug = "raccolta-" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostFormAsync(url, url + "?handler=create",
            new Dictionary<string, string> { ["slug"] = slug, ["name"] = "Raccolta di prova", ["description"] = "", ["position"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/reti/{LibraryPeople.Network}/biblioteca/raccolte/{slug}")).StatusCode);
        Assert.Single(await app.Factory.AuditAsync("library.collection-created"), a => a.Summary == "Raccolta di prova");
    }
}
