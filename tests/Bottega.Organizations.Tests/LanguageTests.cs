using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Organizations.Tests;

public sealed class LanguageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Pages_are_italian_by_default_and_english_on_request()
    {
        var client = app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup));

        var italian = await client.GetDocumentAsync("/reti");
        var english = await client.GetDocumentAsync("/reti?culture=en");
        var members = await client.GetDocumentAsync($"/reti/{DemoAccounts.Rup}/membri?culture=en");

        Assert.Equal("Reti", italian.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Networks", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("People of the network", members.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Language_switch_sets_the_culture_cookie_and_returns_to_the_page()
    {
        var client = app.Factory.ClientFor(null);
        var response = await client.PostFormAsync("/", "/lingua", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/reti" });

        Assert.Equal("/reti", response.Headers.Location?.OriginalString);
        Assert.Equal("Networks", (await client.GetDocumentAsync("/reti")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Language_switch_never_redirects_off_site()
    {
        var response = await app.Factory.ClientFor(null).PostFormAsync("/", "/lingua", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "//evil.example/" });
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Confirmation_messages_follow_the_language()
    {
        var client = app.Factory.ClientFor(DemoAccounts.Learner);
        await client.PostFormAsync("/", "/lingua", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });
        var form = await client.GetDocumentAsync("/profilo");
        var fields = form.QuerySelectorAll("form[method=post] input[name^='Input.'], form[method=post] textarea[name^='Input.']")
            .Where(e => e.GetAttribute("name") != null)
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? e.TextContent);

        var saved = await client.PostFormAsync("/profilo", fields);
        var page = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal("Profile saved.", page.QuerySelector("main [role=status]")!.TextContent);
    }
}
