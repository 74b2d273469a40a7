using Bottega.Demo;
using Bottega.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Bottega.Browser.Tests;

/// <summary>
/// The community issue's journey in a real browser: the learner opens the procurement space of the RUP association,
/// starts a question, sees a similar question suggested while typing the title (htmx), previews and publishes it; the
/// colleague who follows the space finds it under the bell. Every page on the way passes axe-core.
/// </summary>
[Collection(BrowserSuite.Name)]
[Trait("Category", "Browser")]
public sealed class CommunityJourneyTests(BrowserFixture browser)
{
    private const string Network = DemoAccounts.Rup;
    private static readonly AxeRunOptions Wcag = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    [SkippableFact]
    public async Task A_learner_sees_similar_questions_while_typing_and_the_following_colleague_is_notified()
    {
        Skip.IfNot(BrowserFixture.Available || BrowserFixture.Required, "Debian's Chromium is not installed");
        var page = await browser.OpenAsync(DemoAccounts.Learner);

        await page.GotoAsync($"/reti/{Network}/comunita/procedure-di-affidamento");
        await AccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuovo argomento" }).ClickAsync();
        await page.GetByLabel("Titolo", new() { Exact = true }).PressSequentiallyAsync("Affidamento diretto e rotazione del fornitore uscente", new() { Delay = 20 });
        await page.Locator("#similar").GetByText("Affidamento diretto sotto i 140.000 euro: serve sempre la rotazione?").WaitForAsync();
        await AccessibleAsync(page);

        await page.GetByLabel("Testo", new() { Exact = true }).FillAsync("Il fornitore uscente ha lavorato **bene**: possiamo riaffidare motivando?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anteprima" }).ClickAsync();
        await page.Locator("#body-preview strong").GetByText("bene").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Affidamento diretto e rotazione del fornitore uscente" }).WaitForAsync();
        await AccessibleAsync(page);
        await page.Context.CloseAsync();

        await browser.Factory.DeliverOutboxAsync();
        var colleague = await browser.OpenAsync(DemoAccounts.Colleague);
        await colleague.GotoAsync("/notifiche");
        await colleague.GetByText("Affidamento diretto e rotazione del fornitore uscente").First.WaitForAsync();
        await AccessibleAsync(colleague);
        await colleague.Context.CloseAsync();
    }

    private static async Task AccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}
