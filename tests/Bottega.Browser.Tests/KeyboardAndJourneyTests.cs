using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Bottega.Browser.Tests;

[Collection(BrowserSuite.Name)]
[Trait("Category", "Browser")]
public sealed class KeyboardAndJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task First_tab_reaches_the_skip_link_which_moves_focus_to_the_content()
    {
        Skip.IfNot(BrowserFixture.Available || BrowserFixture.Required, "Debian's Chromium is not installed");
        var page = await browser.OpenAsync(null);
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Vai al contenuto principale", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("contenuto", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Language_switch_works_from_the_keyboard()
    {
        Skip.IfNot(BrowserFixture.Available || BrowserFixture.Required, "Debian's Chromium is not installed");
        var page = await browser.OpenAsync(null);
        await page.GotoAsync("/reti");

        await page.Locator("button[name=culture][value=en]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("html[lang=en]");

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Networks", await page.InnerTextAsync("h1"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Person_signs_in_with_the_form_and_asks_to_join_a_network()
    {
        Skip.IfNot(BrowserFixture.Available || BrowserFixture.Required, "Debian's Chromium is not installed");
        var page = await browser.OpenAsync(null);
        await page.GotoAsync($"/reti/{DemoAccounts.Provinces}");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Accedi" }).ClickAsync();

        await page.GetByLabel("E-mail").FillAsync(DemoAccounts.TeacherOf(DemoAccounts.Federation));
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByLabel("Password").PressAsync("Enter");
        await page.WaitForURLAsync($"**/reti/{DemoAccounts.Provinces}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aderisci alla rete" }).ClickAsync();
        await page.GetByText("in attesa di approvazione").First.WaitForAsync();

        Assert.Contains("in attesa di approvazione", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var membership = await browser.Factory.MembershipAsync(DemoAccounts.Provinces, DemoAccounts.TeacherOf(DemoAccounts.Federation));
        Assert.Equal(MembershipStatus.Pending, membership!.Status);
        await page.Context.CloseAsync();
    }
}
