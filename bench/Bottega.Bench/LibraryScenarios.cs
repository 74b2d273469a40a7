using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Bottega.Bench;

/// <summary>
/// The library's load (issue #7): full-text searches of everyday phrases, with and without a filter, a browse of a
/// collection, and searches while a 20 MB PDF is being extracted — in the bench process (a CPU-contention proxy) and
/// through the upload page (the real case: the host extracts it in the background).
/// </summary>
internal static partial class LibraryScenarios
{
    public const int PdfBytes = 20 * 1024 * 1024;

    private static readonly string[] Queries = ["disciplinare di gara", "clausola sociale", "affidamento diretto", "revisione dei prezzi", "garanzia provvisoria"];

    public static string SearchPath(string root, int n) => $"{root}/biblioteca/cerca?q={Uri.EscapeDataString(Queries[n % Queries.Length])}";

    public static IEnumerable<LoadRunnerScenario> Searches(string root, HttpClient[] clients) =>
    [
        new("library search", n => SearchPath(root, n), clients),
        new("library search+filter", n => SearchPath(root, n) + (n % 2 == 0 ? "&tipo=Template" : "&anno=2024"), clients),
        new("library browse", n => $"{root}/biblioteca/cerca?raccolta={LibraryGenerator.Collections[n % LibraryGenerator.Collections.Length].Slug}", clients),
    ];

    /// <summary>Rounds run in a loop beside the searches; each gives null when done, or why it cannot run.</summary>
    public static IEnumerable<(string Name, Func<CancellationToken, Task<string?>> Round)> Disturbances(string root, byte[] pdf, HttpClient uploader) =>
    [
        ("search + PDF extraction", ct => Task.Run(() => Extract(pdf), ct)),
        ("search + 20 MB uploads", ct => UploadAsync(uploader, root, pdf, ct)),
    ];

    /// <summary>A PDF of about 20 MB of text pages (Helvetica), built once: a first build measures the bytes per page.</summary>
    public static byte[] BigPdf()
    {
        var sample = Build(200);
        return Build((int)(200L * PdfBytes / sample.Length) + 1);
    }

    private static byte[] Build(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var random = new Random(pages);
        for (var n = 0; n < pages; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var y = 800; y > 40; y -= 10)
            {
                // Varied words, so the page does not compress to nothing.
                var line = string.Join(' ', Enumerable.Range(0, 14).Select(_ => Queries[random.Next(Queries.Length)].Split(' ')[random.Next(2)] + random.Next(1000)));
                page.AddText(line, 7, new UglyToad.PdfPig.Core.PdfPoint(30, y), font);
            }
        }

        return builder.Build();
    }

    private static string? Extract(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (Page page in document.GetPages())
        {
            text.Append(page.Text);
        }

        return text.Length > 0 ? null : "no text extracted";
    }

    private static async Task<string?> UploadAsync(HttpClient client, string root, byte[] pdf, CancellationToken ct)
    {
        using var form = await client.GetAsync($"{root}/biblioteca/nuovo", ct);
        if (form.StatusCode != HttpStatusCode.OK)
        {
            return $"{root}/biblioteca/nuovo answers {(int)form.StatusCode} in this build";
        }

        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync(ct));
        using var content = new MultipartFormDataContent
        {
            { new StringContent("Capitolato di prova del banco (20 MB)"), "Input.Title" },
            { new StringContent("Template"), "Input.Kind" },
            { new StringContent("Network"), "Input.Visibility" },
            { new StringContent("CcBy40"), "Input.Licence" },
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "capitolato-20mb.pdf");
        using var response = await client.PostAsync($"{root}/biblioteca/nuovo", content, ct);
        return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther ? null : $"upload answered {(int)response.StatusCode}";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
