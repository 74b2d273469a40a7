using System.Net;
using System.Text;
using Bottega.Community.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Topics;

public sealed class AttachmentTests(CommunityFixture app) : IClassFixture<CommunityFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private BottegaAppFactory Factory => app.Factory;

    private static string Editor(string handler) => $"/reti/{CommunityWorld.Net}/comunita/scrittura/{handler}";

    private static async Task<(HttpResponseMessage Response, string Html)> UploadAsync(HttpClient client, string space, string fileName, byte[] content)
    {
        var response = await client.PostFileFormAsync($"/reti/{CommunityWorld.Net}/comunita/{space}/nuovo", Editor("allegato"),
            new Dictionary<string, string>(), "files", fileName, content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static Guid UploadedId(string html) =>
        Guid.Parse(html.Split("name=\"AttachmentIds\" value=\"")[1][..36]);

    [Fact]
    public async Task A_pdf_is_attached_to_a_topic_and_downloaded_as_an_attachment_without_sniffing()
    {
        var space = await Factory.SpaceAsync();
        var client = Factory.ClientFor(CommunityWorld.Moderator);
        var (_, html) = await UploadAsync(client, space.Slug, "verbale.pdf", Pdf);
        var attachmentId = UploadedId(html);

        var created = await client.NewTopicAsync(space.Slug, "Verbale della riunione", "In allegato il verbale.",
            extra: [new("AttachmentIds", attachmentId.ToString())]);

        var topicId = CommunityWorld.TopicIdOf(created);
        var page = await client.GetStringAsync(CommunityWorld.TopicUrl(topicId));
        Assert.Contains($"/comunita/allegati/{attachmentId}", page, StringComparison.Ordinal);
        var download = await Factory.ClientFor(CommunityWorld.Teacher).GetAsync($"/reti/{CommunityWorld.Net}/comunita/allegati/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_image_is_served_inline()
    {
        var space = await Factory.SpaceAsync();
        var client = Factory.ClientFor(CommunityWorld.Moderator);
        var (_, html) = await UploadAsync(client, space.Slug, "foto.png", Png);
        var attachmentId = UploadedId(html);

        var response = await client.GetAsync($"/reti/{CommunityWorld.Net}/comunita/allegati/{attachmentId}");

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task An_executable_renamed_pdf_is_refused()
    {
        var space = await Factory.SpaceAsync();
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

        var (_, html) = await UploadAsync(Factory.ClientFor(CommunityWorld.Moderator), space.Slug, "fattura.pdf", exe);

        Assert.Contains("non è un tipo di file ammesso", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("AttachmentIds", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused()
    {
        var space = await Factory.SpaceAsync();
        var big = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        var (_, html) = await UploadAsync(Factory.ClientFor(CommunityWorld.Moderator), space.Slug, "grande.pdf", big);

        Assert.Contains("è troppo grande: al massimo 10 MB", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_of_a_private_space_is_not_found_for_an_outsider()
    {
        var space = await Factory.SpaceAsync(SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers, CommunityWorld.Teacher);
        var client = Factory.ClientFor(CommunityWorld.Moderator);
        var (_, html) = await UploadAsync(client, space.Slug, "riservato.pdf", Pdf);
        var attachmentId = UploadedId(html);
        await client.NewTopicAsync(space.Slug, "Documento riservato", "Allegato riservato.", extra: [new("AttachmentIds", attachmentId.ToString())]);
        Assert.NotNull(await Factory.QueryAsync(db => db.Set<Attachment>().IgnoreQueryFilters().Where(a => a.Id == attachmentId).Select(a => a.PostId).SingleAsync()));

        var url = $"/reti/{CommunityWorld.Net}/comunita/allegati/{attachmentId}";
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor(CommunityWorld.Referent).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Factory.ClientFor(CommunityWorld.Teacher).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Someone_elses_unposted_upload_can_be_neither_downloaded_nor_attached()
    {
        var space = await Factory.SpaceAsync();
        var (_, html) = await UploadAsync(Factory.ClientFor(CommunityWorld.Moderator), space.Slug, "bozza.pdf", Pdf);
        var attachmentId = UploadedId(html);
        await Factory.TrustAsync(CommunityWorld.Teacher);
        var teacher = Factory.ClientFor(CommunityWorld.Teacher);

        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/reti/{CommunityWorld.Net}/comunita/allegati/{attachmentId}")).StatusCode);
        var response = await teacher.NewTopicAsync(space.Slug, "Allegato altrui", "Testo", extra: [new("AttachmentIds", attachmentId.ToString())]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Un allegato non è più disponibile", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
