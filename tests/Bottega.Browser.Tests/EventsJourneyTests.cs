using System.Globalization;
using Bottega.Demo;
using Bottega.Platform.Localization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Bottega.Browser.Tests;

/// <summary>
/// The live-events journey in a real browser: ANCI's admin creates a webinar, adds an online session and publishes it;
/// the demo learner finds it in the calendar (list and month grid), registers and sees their seat. Every page on the way
/// passes axe-core.
/// </summary>
[Collection(BrowserSuite.Name)]
[Trait("Category", "Browser")]
public sealed class EventsJourneyTests(BrowserFixture browser)
{
    private const string Network = DemoAccounts.Anci;
    private const string Title = "Webinar – Il diritto alla disconnessione negli enti locali";
    private static readonly AxeRunOptions Wcag = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    [SkippableFact]
    public async Task An_admin_publishes_a_webinar_and_a_learner_finds_it_in_the_calendar_and_registers()
    {
        Skip.IfNot(BrowserFixture.Available || BrowserFixture.Required, "Debian's Chromium is not installed");
        var day = RomeTime.DateOf(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(20);

        var admin = await browser.OpenAsync(DemoAccounts.AdminOf(Network));
        await admin.GotoAsync($"/reti/{Network}/eventi/gestione/nuovo");
        await AccessibleAsync(admin);
        await admin.GetByLabel("Titolo", new() { Exact = true }).FillAsync(Title);
        await admin.GetByLabel("Descrizione (Markdown)").FillAsync("Un'ora e mezza sul **diritto alla disconnessione**: accordi, fasce orarie, casi pratici.");
        await admin.GetByLabel("Posti (vuoto: senza limite)").FillAsync("40");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Crea la bozza" }).ClickAsync();
        await admin.GetByLabel("Giorno", new() { Exact = true }).WaitForAsync();
        await AccessibleAsync(admin);

        await admin.GetByLabel("Giorno", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await admin.GetByLabel("Ora di inizio (ora di Roma)").FillAsync("15:00");
        await admin.GetByLabel("Durata (minuti)").FillAsync("90");
        await admin.GetByLabel("Ore di formazione").FillAsync("1.5");
        await admin.Locator("label[for=session-online]").ClickAsync();
        await admin.GetByLabel("Servizio della riunione (online)").SelectOptionAsync("External");
        await admin.GetByLabel("Indirizzo della riunione esterna").FillAsync("https://meet.jit.si/bottega-disconnessione");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Aggiungi la sessione" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Pubblica l'evento" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Annulla l'evento" }).WaitForAsync();
        await AccessibleAsync(admin);
        await admin.Context.CloseAsync();

        var learner = await browser.OpenAsync(DemoAccounts.Learner);
        await learner.GotoAsync($"/reti/{Network}/eventi?vista=mese&mese={day:yyyy-MM}");
        await AccessibleAsync(learner);
        await learner.GotoAsync($"/reti/{Network}/eventi");
        await AccessibleAsync(learner);
        await learner.GetByRole(AriaRole.Link, new() { Name = Title }).First.ClickAsync();
        await learner.GetByRole(AriaRole.Heading, new() { Name = Title }).WaitForAsync();
        await AccessibleAsync(learner);
        await learner.GetByRole(AriaRole.Button, new() { Name = "Iscriviti" }).ClickAsync();
        await learner.GetByText("Sei iscritto: hai un posto.").WaitForAsync();
        await AccessibleAsync(learner);
        await learner.Context.CloseAsync();
    }

    private static async Task AccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}
