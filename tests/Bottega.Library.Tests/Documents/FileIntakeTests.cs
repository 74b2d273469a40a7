using System.Text;
using Bottega.Library.Features.Extraction;
using Bottega.Library.Features.Files;
using Bottega.Platform.Files;
using Microsoft.Extensions.Options;
using Xunit;

namespace Bottega.Library.Tests.Documents;

public sealed class FileIntakeTests
{
    private readonly MemoryFileStore store = new();

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var result = await AcceptAsync([], "vuoto.pdf");
        Assert.Equal("Il file è vuoto.", result.Refusal?.Text);
        Assert.Empty(store.Keys);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_by_the_bytes_read_not_the_declared_length()
    {
        var intake = new FileIntake(store, Options.Create(new LibraryOptions { MaxUploadMegabytes = 1 }));
        await using var content = new MemoryStream(new byte[(1024 * 1024) + 1]);
        var result = await intake.AcceptAsync(content, "grande.txt", CancellationToken.None);
        Assert.Equal("Il file supera il limite di {0} MB.", result.Refusal?.Text);
        Assert.Empty(store.Keys);
    }

    [Theory]
    [InlineData("programma.docx")]
    [InlineData("leggimi.txt")]
    [InlineData("bando.pdf")]
    public async Task A_windows_executable_is_refused_whatever_its_name(string name)
    {
        var result = await AcceptAsync(SampleFiles.WindowsExecutable(), name);
        Assert.Equal("I file eseguibili non sono ammessi.", result.Refusal?.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0 })]
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1 })]
    [InlineData(new byte[] { (byte)'#', (byte)'!', (byte)'/', (byte)'b', (byte)'i', (byte)'n', (byte)'/', (byte)'s', (byte)'h' })]
    public async Task Elf_mach_o_and_scripts_are_refused(byte[] head)
    {
        var result = await AcceptAsync([.. head, .. "\necho ciao\n"u8.ToArray()], "note.txt");
        Assert.Equal("I file eseguibili non sono ammessi.", result.Refusal?.Text);
    }

    [Fact]
    public async Task An_extension_outside_the_list_is_refused()
    {
        var result = await AcceptAsync(Encoding.UTF8.GetBytes("<p>ciao</p>"), "pagina.html");
        Assert.Equal("Sono ammessi solo file PDF, DOCX, ODT, XLSX, ODS e TXT.", result.Refusal?.Text);
    }

    [Fact]
    public async Task A_png_named_pdf_is_refused_naming_the_extension()
    {
        var result = await AcceptAsync(SampleFiles.Png(), "bando.pdf");
        Assert.Equal("Il contenuto del file non corrisponde all'estensione {0}.", result.Refusal?.Text);
        Assert.Equal(".pdf", Assert.Single(result.Refusal!.Arguments));
    }

    [Fact]
    public async Task A_zip_bomb_shaped_as_a_docx_is_refused_before_any_extraction()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bomb-{Guid.NewGuid():N}.docx");
        try
        {
            await using (var output = File.Create(path))
            {
                SampleFiles.WriteZipBomb(output, 500);
            }

            Assert.True(new FileInfo(path).Length < 5 * 1024 * 1024);
            await using var content = File.OpenRead(path);
            var intake = new FileIntake(store, Options.Create(new LibraryOptions()));
            var result = await intake.AcceptAsync(content, "disciplinare.docx", CancellationToken.None);
            Assert.Equal(ZipLimits.BombMessage, result.Refusal?.Text);
            Assert.Empty(store.Keys);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_accepted_file_is_stored_with_its_hash_size_type_and_a_clean_name()
    {
        var bytes = SampleFiles.Pdf("Schema di disciplinare");
        var result = await AcceptAsync(bytes, "../../etc/ba\u0001ndo.pdf");
        var file = Assert.IsType<Bottega.Library.Domain.StoredFile>(result.File);
        Assert.Equal("bando.pdf", file.FileName);
        Assert.Equal(FileKinds.Pdf.ContentType, file.ContentType);
        Assert.Equal(bytes.Length, file.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal(bytes, store.Content(file.Key));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("odt")]
    [InlineData("ods")]
    [InlineData("txt")]
    public async Task Every_accepted_kind_gives_its_text(string extension)
    {
        const string phrase = "clausola sociale di riassorbimento del personale";
        var bytes = extension switch
        {
            "pdf" => SampleFiles.Pdf(phrase),
            "docx" => SampleFiles.Docx(phrase),
            "xlsx" => SampleFiles.Xlsx(phrase),
            "odt" => SampleFiles.Odt(phrase),
            "ods" => SampleFiles.Ods(phrase),
            _ => SampleFiles.Text(phrase),
        };
        var result = await AcceptAsync(bytes, "file." + extension);
        var file = Assert.IsType<Bottega.Library.Domain.StoredFile>(result.File);
        await using var content = new MemoryStream(store.Content(file.Key));
        var text = new TextExtractor(Options.Create(new LibraryOptions())).Extract(content, file.ContentType, CancellationToken.None);
        Assert.Contains(phrase, text.Text, StringComparison.Ordinal);
        if (extension == "pdf")
        {
            Assert.Equal(1, text.PageCount);
        }
    }

    private Task<IntakeResult> AcceptAsync(byte[] bytes, string name) =>
        new FileIntake(store, Options.Create(new LibraryOptions())).AcceptAsync(new MemoryStream(bytes), name, CancellationToken.None);

    private sealed class MemoryFileStore : IFileStore
    {
        private readonly Dictionary<string, byte[]> files = [];

        public IReadOnlyCollection<string> Keys => files.Keys;

        public byte[] Content(string key) => files[key];

        public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            var key = Guid.NewGuid().ToString("N");
            files[key] = copy.ToArray();
            return key;
        }

        public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken) =>
            Task.FromResult<Stream?>(files.TryGetValue(key, out var bytes) ? new MemoryStream(bytes) : null);

        public Task DeleteAsync(string key, CancellationToken cancellationToken)
        {
            files.Remove(key);
            return Task.CompletedTask;
        }
    }
}
