using System.Net;
using Bottega.Demo;
using Bottega.Library.Domain;
using Bottega.Library.Tests.Documents;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Library.Tests.Journey;

/// <summary>
/// The issue's "done when", through the pages: a province publishes a tender template in the central-procurement
/// collection; a municipality's RUP finds it by a phrase that is only inside the file, downloads it and declares it
/// adopted; the province publishes a new version and the follower is e-mailed; the new text is searchable.
/// </summary>
public sealed class TenderTemplateJourneyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = LibraryPeople.Network;

    [Fact]
    public async Task A_province_template_is_found_by_a_phrase_inside_the_file_adopted_by_a_municipality_and_its_new_version_mailed()
    {
        var province = app.Factory.ClientFor(LibraryPeople.Referent);
        var collection = await app.Factory.QueryAsync(db => db.Set<LibraryCollection>().IgnoreQueryFilters()
            .Where(c => c.Slug == DemoLibraryDocuments.ProcurementSlug).Select(c => c.Id).SingleAsync());
        var fields = LibraryUploads.Fields("Disciplinare tipo per la manutenzione del verde", tags: "verde, disciplinare");
        fields["Input.Kind"] = nameof(DocumentKind.TenderDocument);
        fields["Input.CollectionId"] = collection.ToString();
        var id = await LibraryUploads.PublishAsync(province, "disciplinare-verde.docx",
            SampleFiles.Docx("Le offerte indicano la garanzia provvisoria ridotta per le microimprese certificate secondo le norme."), fields);
        await app.Factory.DeliverOutboxAsync();

        // The municipality of Bergamo's RUP searches with other inflections of words that are only in the file.
        var municipality = app.Factory.ClientFor(DemoAccounts.Colleague);
        var search = await municipality.GetStringAsync($"/reti/{Network}/biblioteca/cerca?q={Uri.EscapeDataString("garanzie provvisorie microimpresa")}");
        Assert.Contains($"/biblioteca/documenti/{id}", search, StringComparison.Ordinal);
        Assert.Contains("<mark>", search, StringComparison.Ordinal);
        var inCollection = await municipality.GetStringAsync($"/reti/{Network}/biblioteca/cerca?q=microimprese&raccolta={DemoLibraryDocuments.ProcurementSlug}");
        Assert.Contains($"/biblioteca/documenti/{id}", inCollection, StringComparison.Ordinal);

        var page = $"/reti/{Network}/biblioteca/documenti/{id}";
        var download = await municipality.GetAsync(page + "/versioni/1/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal((byte)'P', (await download.Content.ReadAsByteArrayAsync())[0]);
        var adopted = await municipality.PostFormAsync(page, page + "?handler=adopt", new Dictionary<string, string> { ["note"] = "Adottato con determina n. 77/2026" });
        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        Assert.Contains("Bergamo", (await municipality.GetDocumentAsync(page)).Body!.TextContent, StringComparison.Ordinal);

        var versionPage = page + "/nuova-versione";
        var posted = await province.PostFileFormAsync(versionPage, versionPage, new Dictionary<string, string> { ["note"] = "Aggiunto il criterio sul compostaggio dei residui di potatura" },
            "file", "disciplinare-verde-v2.docx", SampleFiles.Docx("La seconda versione prevede il compostaggio dei residui di potatura e la garanzia provvisoria ridotta."));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await app.Factory.DeliverOutboxAsync();

        var colleagueMail = Directory.GetFiles(app.Factory.MailFolder).Select(File.ReadAllText)
            .Where(m => m.Contains("compostaggio dei residui di potatura", StringComparison.Ordinal)).ToList();
        Assert.Contains(colleagueMail, m => m.Contains(DemoAccounts.Colleague, StringComparison.OrdinalIgnoreCase) && m.Contains($"/biblioteca/documenti/{id}", StringComparison.Ordinal));
        var second = await municipality.GetStringAsync($"/reti/{Network}/biblioteca/cerca?q=compostaggio");
        Assert.Contains($"/biblioteca/documenti/{id}", second, StringComparison.Ordinal);

        await using var db = app.Factory.Open();
        var document = await db.Set<LibraryDocument>().IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == id);
        Assert.Equal((2, 1, 1L), (document.CurrentVersion, document.AdoptionCount, document.DownloadCount));
        Assert.Equal(collection, document.CollectionId);
    }
}
