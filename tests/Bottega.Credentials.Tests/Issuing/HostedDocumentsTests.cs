using System.Net;
using System.Text.Json.Nodes;
using Bottega.Credentials.Baking;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Credentials.Tests.Issuing;

public sealed class HostedDocumentsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    [Fact]
    public async Task The_status_list_is_a_signed_credential_with_the_revoked_position_set()
    {
        var credential = await CredentialsArrange.IssuedAsync(app.Factory, Network, DemoAccounts.Learner);
        await using (var db = app.Factory.Open())
        {
            var stored = await db.Set<Credential>().IgnoreQueryFilters().SingleAsync(c => c.Id == credential.Id);
            stored.Revoke("Prova", TimeProvider.System.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var list = JsonNode.Parse(await app.Factory.ClientFor(null).GetStringAsync($"/ob/v3/issuers/{Network}/status"))!;

        Assert.Equal("BitstringStatusListCredential", list["type"]![1]!.GetValue<string>());
        Assert.Equal("eddsa-rdfc-2022", list["proof"]!["cryptosuite"]!.GetValue<string>());
        Assert.True(StatusList.IsSet(list["credentialSubject"]!["encodedList"]!.GetValue<string>(), credential.StatusIndex));
    }

    [Fact]
    public async Task Badge_images_are_served_as_png_and_svg_and_a_revoked_assertion_has_no_baked_image()
    {
        var credential = await CredentialsArrange.IssuedAsync(app.Factory, Network, DemoAccounts.TeacherOf(Network));
        var anonymous = app.Factory.ClientFor(null);

        var png = await anonymous.GetAsync($"/ob/badges/{credential.AchievementId:N}/image");
        var svg = await anonymous.GetAsync($"/ob/badges/{credential.AchievementId:N}/image?format=svg");
        var baked = await anonymous.GetByteArrayAsync($"/ob/v2/assertions/{credential.PublicId}/image");
        await using (var db = app.Factory.Open())
        {
            (await db.Set<Credential>().IgnoreQueryFilters().SingleAsync(c => c.Id == credential.Id)).Revoke("Prova", TimeProvider.System.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var revoked = await anonymous.GetAsync($"/ob/v2/assertions/{credential.PublicId}/image");

        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"https://localhost/ob/v2/assertions/{credential.PublicId}", PngBaker.Read(baked, BakedKeywords.OpenBadges).Payload);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
    }

    [Fact]
    public async Task The_achievement_and_its_alignment_targets_are_public_documents()
    {
        var credential = await CredentialsArrange.IssuedAsync(app.Factory, Network, DemoAccounts.ReferentOf(Network));
        var anonymous = app.Factory.ClientFor(null);

        var achievement = JsonNode.Parse(await anonymous.GetStringAsync($"/ob/v3/achievements/{credential.AchievementId:N}"))!;
        var target = achievement["alignment"]![0]!["targetUrl"]!.GetValue<string>();
        var competence = JsonNode.Parse(await anonymous.GetStringAsync(new Uri(target).PathAndQuery))!;

        Assert.Equal("Achievement", achievement["type"]![0]!.GetValue<string>());
        Assert.Equal("4.1", competence["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/ob/competenze/{Guid.NewGuid():N}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/ob/v2/issuers/{Network}/image")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_download_format_is_not_found_even_for_the_holder()
    {
        var email = DemoAccounts.ModeratorOf(Network);
        var credential = await CredentialsArrange.IssuedAsync(app.Factory, Network, email);

        var response = await app.Factory.ClientFor(email).GetAsync($"/badge/{credential.PublicId}/scarica/exe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
