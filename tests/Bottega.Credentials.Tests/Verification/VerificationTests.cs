using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Keys;
using Bottega.Credentials.Features.Verification;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using Xunit;

namespace Bottega.Credentials.Tests.Verification;

public sealed class VerificationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    private Task<Credential> IssuedAsync(string email) => CredentialsArrange.IssuedAsync(app.Factory, Network, email);

    private async Task<Verdict> VerifyAsync(string text)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CredentialVerifier>().VerifyTextAsync(text, CancellationToken.None);
    }

    private async Task<Verdict> VerifyFileAsync(byte[] file)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CredentialVerifier>().VerifyFileAsync(file, CancellationToken.None);
    }

    private async Task<byte[]> DownloadAsync(string email, Credential credential, string format)
    {
        var response = await app.Factory.ClientFor(email).GetAsync($"/badge/{credential.PublicId}/scarica/{format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task RevokeAsync(Credential credential)
    {
        await using var db = app.Factory.Open();
        var stored = await db.Set<Credential>().IgnoreQueryFilters().SingleAsync(c => c.Id == credential.Id);
        stored.Revoke("Rilasciato per errore", TimeProvider.System.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    private static string Tamper(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = JsonNode.Parse(WebEncoders.Base64UrlDecode(parts[1]))!;
        payload["credentialSubject"]!["achievement"]!["name"] = "Master in diritto amministrativo";
        return parts[0] + "." + WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];
    }

    [Fact]
    public async Task Every_format_of_an_issued_badge_verifies_on_the_platform()
    {
        var email = DemoAccounts.Learner;
        var credential = await IssuedAsync(email);

        var verdicts = new Dictionary<string, Verdict>
        {
            ["credential url"] = await VerifyAsync($"https://localhost/ob/v3/credentials/{credential.PublicId}"),
            ["assertion url"] = await VerifyAsync($"https://localhost/ob/v2/assertions/{credential.PublicId}"),
            ["json-ld"] = await VerifyAsync(credential.SignedJson),
            ["jwt"] = await VerifyAsync(credential.Jwt),
            ["baked png"] = await VerifyFileAsync(await DownloadAsync(email, credential, "png")),
            ["baked svg"] = await VerifyFileAsync(await DownloadAsync(email, credential, "svg")),
            ["baked png ob2"] = await VerifyFileAsync(await DownloadAsync(email, credential, "png2")),
            ["jwt file"] = await VerifyFileAsync(await DownloadAsync(email, credential, "jwt")),
        };

        foreach (var (format, verdict) in verdicts)
        {
            Assert.True(verdict.Valid, format + ": " + string.Join("; ", verdict.Checks.Where(c => !c.Passed).Select(c => c.Text)));
            Assert.NotNull(verdict.Badge);
        }

        Assert.Contains(verdicts["json-ld"].Checks, c => c.Name == "Firma" && c.Text.Contains("eddsa-rdfc-2022", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_altered_credential_fails_on_its_signature_in_both_proof_formats()
    {
        var credential = await IssuedAsync(DemoAccounts.TeacherOf(Network));
        var json = JsonNode.Parse(credential.SignedJson)!;
        json["credentialSubject"]!["achievement"]!["name"] = "Master in diritto amministrativo";

        var jsonVerdict = await VerifyAsync(json.ToJsonString());
        var jwtVerdict = await VerifyAsync(Tamper(credential.Jwt));

        Assert.False(jsonVerdict.Valid);
        Assert.Contains(jsonVerdict.Checks, c => c.Name == "Firma" && !c.Passed);
        Assert.False(jwtVerdict.Valid);
        Assert.Contains(jwtVerdict.Checks, c => c.Name == "Firma" && !c.Passed);
    }

    [Fact]
    public async Task A_revoked_badge_fails_in_every_format_with_the_reason()
    {
        var email = DemoAccounts.ReferentOf(Network);
        var credential = await IssuedAsync(email);
        var png = await DownloadAsync(email, credential, "png");
        await RevokeAsync(credential);

        var verdicts = new[]
        {
            await VerifyAsync(credential.SignedJson),
            await VerifyAsync(credential.Jwt),
            await VerifyAsync($"https://localhost/ob/v2/assertions/{credential.PublicId}"),
            await VerifyFileAsync(png),
        };
        var hosted = await app.Factory.ClientFor(null).GetAsync($"/ob/v2/assertions/{credential.PublicId}");
        var revocations = JsonNode.Parse(await app.Factory.ClientFor(null).GetStringAsync($"/ob/v2/issuers/{Network}/revocations"))!;

        Assert.All(verdicts, v => Assert.Contains(v.Checks, c => c.Name == "Stato" && !c.Passed && c.Text.Contains("Rilasciato per errore", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Gone, hosted.StatusCode);
        Assert.Contains(revocations["revokedAssertions"]!.AsArray(), r => r!["id"]!.GetValue<string>().EndsWith(credential.PublicId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_altered_open_badges_2_assertion_fails_the_hosted_comparison()
    {
        var credential = await IssuedAsync(DemoAccounts.ModeratorOf(Network));
        var assertion = JsonNode.Parse(await app.Factory.ClientFor(null).GetStringAsync($"/ob/v2/assertions/{credential.PublicId}"))!;
        assertion["issuedOn"] = "2020-01-01T00:00:00Z";

        var verdict = await VerifyAsync(assertion.ToJsonString());

        Assert.False(verdict.Valid);
        Assert.Contains(verdict.Checks, c => c.Name == "Integrità" && !c.Passed);
    }

    [Fact]
    public async Task A_credential_signed_by_a_key_of_no_known_issuer_is_refused()
    {
        var credential = await IssuedAsync(DemoAccounts.AdminOf(Network));
        using var stranger = Key.Create(SignatureAlgorithm.Ed25519);
        var publicKey = stranger.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        var parts = credential.Jwt.Split('.');
        var header = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(
            new JsonObject { ["alg"] = "EdDSA", ["typ"] = "JWT", ["kid"] = DidKeys.VerificationMethod(publicKey) }.ToJsonString()));
        var input = header + "." + parts[1];
        var forged = input + "." + WebEncoders.Base64UrlEncode(SignatureAlgorithm.Ed25519.Sign(stranger, Encoding.ASCII.GetBytes(input)));

        var verdict = await VerifyAsync(forged);

        Assert.False(verdict.Valid);
        Assert.Contains(verdict.Checks, c => c.Name == "Emittente" && !c.Passed);
    }

    [Fact]
    public async Task Broken_input_gets_a_verdict_never_an_error()
    {
        var credential = await IssuedAsync(DemoAccounts.TeacherOf(DemoAccounts.Federation));
        var png = await DownloadAsync(DemoAccounts.TeacherOf(DemoAccounts.Federation), credential, "png");
        var forgedChunk = (byte[])png.Clone();
        var text = Encoding.Latin1.GetString(forgedChunk);
        var at = text.IndexOf("openbadgecredential", StringComparison.Ordinal);
        forgedChunk[at + 40] ^= 0x20;

        var inputs = new List<Verdict>
        {
            await VerifyFileAsync(forgedChunk),
            await VerifyFileAsync([0x4D, 0x5A, 0x90, 0x00, 0x03, 0xFF, 0xFE]),
            await VerifyFileAsync(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE x [<!ENTITY a \"b\">]></svg>")),
            await VerifyAsync("{\"@context\": 5, \"type\": [\"VerifiableCredential\"], \"proof\": {}}"),
            await VerifyAsync("eyJhbGciOiJFZERTQSJ9.eyJ.abc"),
            await VerifyAsync("https://altrapiattaforma.example/badge/123"),
            await VerifyAsync(new string('[', 5000)),
        };

        Assert.All(inputs, v => Assert.False(v.Valid));
        Assert.Contains(inputs[0].Checks, c => c.Text.Contains("checksum", StringComparison.OrdinalIgnoreCase) || c.Text.Contains("CRC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_public_page_verifies_a_pasted_credential_and_an_uploaded_image()
    {
        var email = DemoAccounts.Learner;
        var credential = await IssuedAsync(email);
        var png = await DownloadAsync(email, credential, "png");
        var anonymous = app.Factory.ClientFor(null);

        var pasted = await anonymous.PostFormAsync("/verifica", new Dictionary<string, string> { ["Input"] = credential.Jwt });
        var linked = await anonymous.GetStringAsync("/verifica?url=" + Uri.EscapeDataString($"https://localhost/ob/v2/assertions/{credential.PublicId}"));
        var uploaded = await anonymous.PostFileFormAsync("/verifica", "/verifica", new Dictionary<string, string>(), "Upload", "badge.png", png);
        var tooLarge = await anonymous.PostFileFormAsync("/verifica", "/verifica", new Dictionary<string, string>(), "Upload", "huge.png", new byte[6 * 1024 * 1024]);

        Assert.Contains("Badge valido", await pasted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Badge valido", linked, StringComparison.Ordinal);
        Assert.Contains("Badge valido", await uploaded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("supera il limite", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_unions_hold_their_award_as_a_verifiable_open_badge_addressed_to_the_organization()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var awards = await app.Factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.NetworkId == network.Id && c.Source == CredentialSource.Award).ToListAsync());

        Assert.True(awards.Count >= 2, $"{awards.Count} awards");
        foreach (var award in awards)
        {
            Assert.Equal(RecipientKind.Organization, award.RecipientKind);
            var verdict = await VerifyAsync(award.SignedJson);
            Assert.True(verdict.Valid, string.Join("; ", verdict.Checks.Where(c => !c.Passed).Select(c => c.Text)));
            Assert.EndsWith(award.RecipientOrganizationId!.Value.ToString("N"), JsonNode.Parse(award.SignedJson)!["credentialSubject"]!["id"]!.GetValue<string>(),
                StringComparison.Ordinal);
        }
    }
}
