using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Library.Tests.Documents;

public sealed class DocumentUploadTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Phrase = "clausola sociale di riassorbimento del personale";

    [Theory]
    [InlineData("disciplinare.pdf")]
    [InlineData("disciplinare.docx")]
    [InlineData("disciplinare.odt")]
    [InlineData("prezzi.xlsx")]
    [InlineData("prezzi.ods")]
    [InlineData("note.txt")]
    public async Task Each_kind_is_published_and_its_text_is_extracted_in_the_background(string fileName)
    {
        var client = app.Factory.ClientFor(LibraryPeople.Referent);
        var id = await LibraryUploads.PublishAsync(client, fileName, Sample(fileName));

        var pending = await Version(id, 1);
        Assert.Equal(ExtractionStatus.Pending, pending.Extraction);
        await app.Factory.DeliverOutboxAsync();

        var version = await Version(id, 1);
        Assert.Equal(ExtractionStatus.Extracted, version.Extraction);
        Assert.Contains(Phrase, version.ExtractedText, StringComparison.Ordinal);
        var page = await client.GetDocumentAsync($"/reti/{LibraryPeople.Network}/biblioteca/documenti/{id}");
        Assert.Contains("Documento " + fileName, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        if (fileName.EndsWith(".pdf", StringComparison.Ordinal))
        {
            Assert.NotNull(page.QuerySelector("iframe[title]"));
        }
        else
        {
            Assert.Contains(Phrase, page.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_png_named_pdf_is_refused_with_a_message_naming_the_extension()
    {
        var response = await LibraryUploads.PostAsync(app.Factory.ClientFor(LibraryPeople.Referent), "bando.pdf", SampleFiles.Png());
        Assert.Contains(".pdf", await LibraryUploads.RefusalAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("programma.docx")]
    [InlineData("programma.txt")]
    public async Task An_executable_is_refused_whatever_its_name(string fileName)
    {
        var response = await LibraryUploads.PostAsync(app.Factory.ClientFor(LibraryPeople.Referent), fileName, SampleFiles.WindowsExecutable());
        Assert.Equal("I file eseguibili non sono ammessi.", await LibraryUploads.RefusalAsync(response));
    }

    [Fact]
    public async Task A_zip_bomb_is_refused()
    {
        using var bomb = new MemoryStream();
        SampleFiles.WriteZipBomb(bomb, 500);
        var title = "Bomba " + Guid.NewGuid().ToString("N");
        var response = await LibraryUploads.PostAsync(app.Factory.ClientFor(LibraryPeople.Referent), "bomba.docx", bomb.ToArray(), LibraryUploads.Fields(title));
        Assert.Contains("zip bomb", await LibraryUploads.RefusalAsync(response), StringComparison.Ordinal);
        await using var db = app.Factory.Open();
        Assert.False(await db.Set<LibraryDocument>().IgnoreQueryFilters().AnyAsync(d => d.Title == title));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_the_limit()
    {
        var (factory, database) = await AppFixture.IsolatedAsync(f => f.With("Library:MaxUploadMegabytes", "1"));
        await using (database)
        await using (factory)
        {
            var big = new byte[(1024 * 1024) + 10];
            Array.Fill(big, (byte)'a');
            var response = await LibraryUploads.PostAsync(factory.ClientFor(LibraryPeople.Referent), "lungo.txt", big);
            Assert.Equal("Il file supera il limite di 1 MB.", await LibraryUploads.RefusalAsync(response));
        }
    }

    [Fact]
    public async Task A_title_is_required()
    {
        var response = await LibraryUploads.PostAsync(app.Factory.ClientFor(LibraryPeople.Referent), "note.txt", SampleFiles.Text(Phrase), LibraryUploads.Fields(""));
        Assert.Equal("Il titolo è obbligatorio.", await LibraryUploads.RefusalAsync(response));
    }

    private static byte[] Sample(string fileName) => Path.GetExtension(fileName) switch
    {
        ".pdf" => SampleFiles.Pdf(Phrase),
        ".docx" => SampleFiles.Docx(Phrase),
        ".odt" => SampleFiles.Odt(Phrase),
        ".xlsx" => SampleFiles.Xlsx(Phrase),
        ".ods" => SampleFiles.Ods(Phrase),
        _ => SampleFiles.Text(Phrase),
    };

    private async Task<DocumentVersion> Version(Guid documentId, int number)
    {
        await using var db = app.Factory.Open();
        return await db.Set<DocumentVersion>().IgnoreQueryFilters().AsNoTracking().SingleAsync(v => v.DocumentId == documentId && v.Number == number);
    }
}
