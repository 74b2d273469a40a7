using System.Net;
using Bottega.Library.Domain;
using Bottega.Platform.Auditing;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Bottega.Library.Tests.Practices.PracticeArrange;

namespace Bottega.Library.Tests.Practices;

public sealed class PracticeReviewTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_published_case_is_found_by_another_member_by_region_theme_and_words_with_its_attachment()
    {
        var title = Unique("Centrale unica di committenza");
        var (id, created) = await CreateAsync(app.Factory.ClientFor(Author), Fields(title, "appalti-e-contratti"), submit: true,
            ("relazione.txt", "Relazione finale: 42 gare aggregate."u8.ToArray()));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(PracticeStatus.Submitted, (await app.Factory.ReloadAsync(id!.Value)).Status);
        var reader = app.Factory.ClientFor(OtherMember);
        Assert.DoesNotContain(title, await (await reader.GetAsync($"/reti/{Network}/buone-pratiche?tema=appalti-e-contratti")).TextAsync());

        var review = await ReviewAsync(app.Factory.ClientFor(Admin), id.Value, publish: true, null);

        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        var practice = await app.Factory.ReloadAsync(id.Value);
        Assert.Equal(PracticeStatus.Published, practice.Status);
        Assert.NotNull(practice.RegionId);
        foreach (var query in new[] { "tema=appalti-e-contratti", $"regione={practice.RegionId}", $"q={Uri.EscapeDataString(title.Split(' ')[^1])}" })
        {
            var html = await (await reader.GetAsync($"/reti/{Network}/buone-pratiche?{query}")).TextAsync();
            Assert.Contains(title, html, StringComparison.Ordinal);
        }

        var page = await (await reader.GetAsync($"/reti/{Network}/buone-pratiche/{id}")).TextAsync();
        Assert.Contains("Tempi dimezzati", page, StringComparison.Ordinal);
        var attachmentId = await app.Factory.QueryAsync(db => db.Set<GoodPracticeAttachment>().IgnoreQueryFilters().Where(a => a.PracticeId == id).Select(a => a.Id).SingleAsync());
        var download = await reader.GetAsync($"/reti/{Network}/buone-pratiche/{id}/allegati/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Relazione finale: 42 gare aggregate.", await download.Content.ReadAsStringAsync());
        Assert.Contains(app.Factory.MailsTo(Author), m => m.Subject != null && m.Subject.Contains(title, StringComparison.Ordinal) && m.Subject.StartsWith("Buona pratica pubblicata", StringComparison.Ordinal));
        Assert.True(await app.Factory.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "library.practice.published" && a.TargetId == id.ToString())));
    }

    [Fact]
    public async Task A_returned_case_emails_the_note_to_its_author_who_edits_and_submits_it_again()
    {
        var title = Unique("Albo fornitori telematico");
        var (id, _) = await CreateAsync(app.Factory.ClientFor(Author), Fields(title), submit: true);
        var admin = app.Factory.ClientFor(Admin);

        var noNote = await ReviewAsync(admin, id!.Value, publish: false, "  ");
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Contains("scrivi una nota per l'autore", await noNote.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(PracticeStatus.Submitted, (await app.Factory.ReloadAsync(id.Value)).Status);

        await ReviewAsync(admin, id.Value, publish: false, "Indicate i costi del primo anno.");

        var returned = await app.Factory.ReloadAsync(id.Value);
        Assert.Equal(PracticeStatus.Returned, returned.Status);
        var mail = Assert.Single(app.Factory.MailsTo(Author), m => m.Subject?.Contains(title, StringComparison.Ordinal) == true);
        Assert.Contains("Indicate i costi del primo anno.", mail.TextBody, StringComparison.Ordinal);
        Assert.True(await app.Factory.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "library.practice.returned" && a.TargetId == id.ToString())));

        var author = app.Factory.ClientFor(Author);
        var edit = $"/reti/{Network}/buone-pratiche/{id}/modifica";
        var fields = Fields(title);
        fields["Input.Costs"] = "18.500 euro per la piattaforma e la formazione.";
        fields["invia"] = "1";
        var resubmitted = await author.PostFormAsync(edit, fields);

        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        var again = await app.Factory.ReloadAsync(id.Value);
        Assert.Equal(PracticeStatus.Submitted, again.Status);
        Assert.Equal("18.500 euro per la piattaforma e la formazione.", again.Costs);
    }

    [Fact]
    public async Task A_member_cannot_review_a_case()
    {
        var (id, _) = await CreateAsync(app.Factory.ClientFor(Author), Fields(Unique("Sportello unico")), submit: true);

        var response = await ReviewAsync(app.Factory.ClientFor(Author), id!.Value, publish: true, null);

        Assert.True(response.IsDenied());
        Assert.Equal(PracticeStatus.Submitted, (await app.Factory.ReloadAsync(id.Value)).Status);
        Assert.True((await app.Factory.ClientFor(OtherMember).GetAsync($"/reti/{Network}/gestione/buone-pratiche")).IsDenied());
    }

    [Fact]
    public async Task A_draft_is_seen_by_its_author_and_admins_but_not_by_another_member_nor_from_another_network()
    {
        var title = Unique("Bozza riservata");
        var (id, _) = await CreateAsync(app.Factory.ClientFor(Author), Fields(title), submit: false, ("nota.txt", "riservato"u8.ToArray()));
        var attachmentId = await app.Factory.QueryAsync(db => db.Set<GoodPracticeAttachment>().IgnoreQueryFilters().Where(a => a.PracticeId == id).Select(a => a.Id).SingleAsync());
        var page = $"/reti/{Network}/buone-pratiche/{id}";

        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(Author).GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(Admin).GetAsync(page)).StatusCode);
        var other = app.Factory.ClientFor(OtherMember);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{page}/allegati/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{page}/modifica")).StatusCode);
        var foreign = app.Factory.ClientFor(Bottega.Demo.DemoAccounts.AdminOf(Bottega.Demo.DemoAccounts.Rup));
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/reti/{Bottega.Demo.DemoAccounts.Rup}/buone-pratiche/{id}")).StatusCode);
        Assert.Contains(title, await (await app.Factory.ClientFor(Author).GetAsync($"/reti/{Network}/buone-pratiche/mie")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_case_of_another_network_is_not_found()
    {
        var id = await PublishedAsync(app.Factory, Unique("Pubblicata altrove"));
        var foreign = app.Factory.ClientFor(Bottega.Demo.DemoAccounts.AdminOf(Bottega.Demo.DemoAccounts.Rup));

        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/reti/{Bottega.Demo.DemoAccounts.Rup}/buone-pratiche/{id}")).StatusCode);
    }

    [Fact]
    public async Task Markdown_in_a_case_is_rendered_without_scripts()
    {
        var fields = Fields(Unique("Markdown"));
        fields["Input.Problem"] = "<script>alert('x')</script> **forte** [link](javascript:alert(1))";
        var (id, _) = await CreateAsync(app.Factory.ClientFor(Author), fields, submit: false);

        var html = await (await app.Factory.ClientFor(Author).GetAsync($"/reti/{Network}/buone-pratiche/{id}")).Content.ReadAsStringAsync();

        Assert.Contains("<strong>forte</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
    }
}
