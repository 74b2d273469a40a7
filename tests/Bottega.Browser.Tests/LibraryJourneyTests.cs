using Bottega.Demo;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Bottega.Browser.Tests;

/// <summary>
/// The library in a real browser: the RUP of the Municipality of Bergamo opens the provinces' library, searches for
/// words that are only inside a file, opens the determina template the search found and declares that their
/// municipality uses it. Every page on the way passes axe-core.
/// </summary>
[Collection(BrowserSuite.Name)]
[Trait("Category", "Browser")]
public sealed class LibraryJourneyTests(BrowserFixture browser)
{
    private const string Network = DemoAccounts.Provinces;
    private const string Template = "Modello di determina a contrarre";
    private static readonly AxeRunOptions Wcag = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    [SkippableFact]
    public async Task A_municipality_finds_a_template_by_words_inside_the_file_and_declares_it_adopted()
    {
        Skip.IfNot(BrowserFixture.Available || BrowserFixture.Required, "Debian's Chromium is not installed");
        var page = await browser.OpenAsync(DemoAccounts.Colleague);
        await page.GotoAsync($"/reti/{Network}/biblioteca");
        await AccessibleAsync(page);

        await page.GotoAsync($"/reti/{Network}/biblioteca/cerca");
        await page.GetByLabel("Parole da cercare (anche nel testo dei file)").FillAsync("rotazione affidamenti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca", Exact = true }).ClickAsync();
        // Without words the page lists the newest documents: wait for the highlighted results of the search.
        await page.Locator("mark").First.WaitForAsync();
        var result = page.GetByRole(AriaRole.Link, new() { Name = Template });
        await result.First.WaitForAsync();
        await AccessibleAsync(page);

        await result.First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = Template }).WaitForAsync();
        await AccessibleAsync(page);
        await page.GetByLabel("Come lo usate (facoltativo)").FillAsync("Adottato con determina n. 31/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Il mio ente lo usa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ritira la dichiarazione del mio ente" }).WaitForAsync();
        await page.GetByText("Adottato con determina n. 31/2026").WaitForAsync();
        await AccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task AccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}
