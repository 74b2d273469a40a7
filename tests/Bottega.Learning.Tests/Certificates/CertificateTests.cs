using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Certificates;

public sealed class CertificateTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<string> IssueAsync(string owner, string course, bool revoked = false)
    {
        var userId = await app.Factory.UserIdAsync(owner);
        var code = Guid.NewGuid().ToString("N")[..20];
        await app.Factory.QueryAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var certificate = Certificate.Issue(code, Guid.NewGuid(), userId, Guid.NewGuid(), "Giulia Bianchi", course, "Federazione delle Unioni",
                12.5m, "1.1 Gestire dati, informazioni e contenuti digitali (Intermedio)\n2.3 Identità digitale (Base)", new DateTime(2026, 3, 4, 23, 30, 0, DateTimeKind.Utc), now);
            if (revoked)
            {
                certificate.Revoke(now);
            }

            db.Set<Certificate>().Add(certificate);
            return await db.SaveChangesAsync();
        });
        return code;
    }

    [Fact]
    public async Task Owner_downloads_a_pdf_that_states_the_course_and_links_to_its_verification()
    {
        var code = await IssueAsync(DemoAccounts.Learner, "Identità digitale e servizi online");

        var response = await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/attestati/{code}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith("%PDF"u8));
        var (text, links, document) = PdfText.Read(bytes);
        using (document)
        {
            Assert.True(document.Pages[0].Width.Point > document.Pages[0].Height.Point, "landscape");
        }

        Assert.Contains("Attestato di completamento", text, StringComparison.Ordinal);
        Assert.Contains("Giulia Bianchi", text, StringComparison.Ordinal);
        Assert.Contains("Identità digitale e servizi online", text, StringComparison.Ordinal);
        Assert.Contains("Federazione delle Unioni", text, StringComparison.Ordinal);
        Assert.Contains("12,5 ore", text, StringComparison.Ordinal);
        Assert.Contains("5 marzo 2026", text, StringComparison.Ordinal); // 23:30 UTC is the next day in Rome
        Assert.Contains("1.1 Gestire dati, informazioni e contenuti digitali (Intermedio)", text, StringComparison.Ordinal);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains($"https://localhost/attestati/{code}", links);
    }

    [Fact]
    public async Task Someone_else_gets_not_found_for_the_pdf_and_a_visitor_is_sent_to_sign_in()
    {
        var code = await IssueAsync(DemoAccounts.Learner, "Corso privato");

        var other = await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Federation)).GetAsync($"/attestati/{code}/pdf");
        var anonymous = await app.Factory.ClientFor(null).GetAsync($"/attestati/{code}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.True(anonymous.IsSignInChallenge());
    }

    [Fact]
    public async Task Anyone_verifies_a_valid_certificate_by_its_code()
    {
        var code = await IssueAsync(DemoAccounts.Learner, "Trasparenza amministrativa");

        var response = await app.Factory.ClientFor(null).GetAsync($"/attestati/{code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await response.ParseAsync()).Body!.TextContent;
        Assert.Contains("Attestato valido", text, StringComparison.Ordinal);
        Assert.Contains("Giulia Bianchi", text, StringComparison.Ordinal);
        Assert.Contains("Trasparenza amministrativa", text, StringComparison.Ordinal);
        Assert.Contains("Federazione delle Unioni", text, StringComparison.Ordinal);
        Assert.Contains("2.3 Identità digitale (Base)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_says_when_a_certificate_was_revoked()
    {
        var code = await IssueAsync(DemoAccounts.Learner, "Corso revocato", revoked: true);

        var text = (await (await app.Factory.ClientFor(null).GetAsync($"/attestati/{code}")).ParseAsync()).Body!.TextContent;

        Assert.Contains("Attestato revocato", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Attestato valido", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_code_is_a_not_found_page()
    {
        var response = await app.Factory.ClientFor(null).GetAsync("/attestati/0000000000deadbeef00");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nessun attestato trovato", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<Certificate>().AnyAsync(c => c.Code == "0000000000deadbeef00")));
    }
}
