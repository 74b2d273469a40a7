using System.Net;
using Bottega.Credentials.Domain;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Credentials.Tests.Backpack;

public sealed class BackpackTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    private Task<Credential> IssuedAsync(string email) => CredentialsArrange.IssuedAsync(app.Factory, Network, email);

    [Fact]
    public async Task The_holder_sees_the_badge_in_the_backpack_and_on_its_page_with_downloads_and_the_linkedin_link()
    {
        var email = DemoAccounts.TeacherOf(Network);
        var credential = await IssuedAsync(email);
        var client = app.Factory.ClientFor(email);

        var backpack = await client.GetAsync("/badge");
        var page = await client.GetStringAsync($"/badge/{credential.PublicId}");

        Assert.Equal(HttpStatusCode.OK, backpack.StatusCode);
        Assert.Contains(credential.PublicId, await backpack.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Badge valido", page, StringComparison.Ordinal);
        Assert.Contains($"/badge/{credential.PublicId}/scarica/png", page, StringComparison.Ordinal);
        Assert.DoesNotContain("linkedin.com", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_badge_is_hidden_from_others_until_its_holder_makes_it_public()
    {
        var email = DemoAccounts.ReferentOf(Network);
        var credential = await IssuedAsync(email);
        var anonymous = app.Factory.ClientFor(null);
        var other = app.Factory.ClientFor(DemoAccounts.Learner);

        var hiddenPage = await anonymous.GetAsync($"/badge/{credential.PublicId}");
        var hiddenDownload = await other.GetAsync($"/badge/{credential.PublicId}/scarica/json");
        var forged = await other.PostFormAsync("/badge", "/badge?handler=Visibility",
            new Dictionary<string, string> { ["publicId"] = credential.PublicId, ["isPublic"] = "true" });
        var stillHidden = await anonymous.GetAsync($"/badge/{credential.PublicId}");
        var published = await app.Factory.ClientFor(email).PostFormAsync("/badge", "/badge?handler=Visibility",
            new Dictionary<string, string> { ["publicId"] = credential.PublicId, ["isPublic"] = "true" });
        var shown = await anonymous.GetAsync($"/badge/{credential.PublicId}");
        var holderPage = await app.Factory.ClientFor(email).GetStringAsync($"/badge/{credential.PublicId}");
        var download = await anonymous.GetAsync($"/badge/{credential.PublicId}/scarica/jwt");

        Assert.Equal(HttpStatusCode.NotFound, hiddenPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenDownload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stillHidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("linkedin.com/profile/add?startTask=CERTIFICATION_NAME", holderPage, StringComparison.Ordinal);
        Assert.Equal(credential.Jwt, await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_backpack_asks_an_anonymous_visitor_to_sign_in()
    {
        var response = await app.Factory.ClientFor(null).GetAsync("/badge");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/accedi", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_learner_has_a_public_badge_in_the_backpack()
    {
        var page = await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync("/badge");

        Assert.True(page.StatusCode == HttpStatusCode.OK, await page.Content.ReadAsStringAsync());
        Assert.Contains("Pubblico", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
