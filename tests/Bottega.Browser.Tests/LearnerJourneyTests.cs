using System.Text.Json;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;
using Bottega.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace Bottega.Browser.Tests;

/// <summary>
/// The learner's journey of the learning issue in a real browser: find a course of the digital-skills path, enrol, read
/// the page, watch the video, read the document, pass the quiz, download the certificate, see the hours. Every page
/// on the way passes axe-core.
/// </summary>
[Collection(BrowserSuite.Name)]
[Trait("Category", "Browser")]
public sealed class LearnerJourneyTests(BrowserFixture browser)
{
    private const string Network = DemoAccounts.Federation;
    private static readonly AxeRunOptions Wcag = new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

    [SkippableFact]
    public async Task A_learner_completes_a_course_of_the_digital_skills_path_and_sees_the_hours()
    {
        Skip.IfNot(BrowserFixture.Available || BrowserFixture.Required, "Debian's Chromium is not installed");
        var page = await browser.OpenAsync(DemoAccounts.Learner);

        await page.GotoAsync($"/reti/{Network}/corsi");
        await AccessibleAsync(page);
        await page.GetByLabel("Cerca", new() { Exact = true }).FillAsync("identità digitale");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Identità digitale e servizi online" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Iscriviti" }).ClickAsync();
        await page.GetByText("Iscrizione registrata.").WaitForAsync();
        await AccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Inizia il corso" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Che cos'è l'identità digitale" }).WaitForAsync();
        await AccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ho letto, continua" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Accedere a un servizio con SPID" }).WaitForAsync();
        await AccessibleAsync(page);
        var reported = page.WaitForResponseAsync(r => r.Url.Contains("handler=Progress", StringComparison.Ordinal) && r.Request.PostData!.Contains("Watched", StringComparison.Ordinal));
        await page.EvaluateAsync("() => { const v = document.getElementById('player-video'); v.muted = true; v.playbackRate = 4; return v.play(); }");
        await page.WaitForFunctionAsync("() => document.getElementById('player-video').ended", null, new() { Timeout = 30_000 });
        await reported;
        await page.GetByText("Completato.").WaitForAsync(new() { Timeout = 10_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Successivo: Linee guida sull'identità digitale" }).ClickAsync();

        await AccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ho letto il documento" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Verifica finale" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vai al quiz" }).ClickAsync();
        await AccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inizia un tentativo" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Consegna le risposte" }).WaitForAsync();
        await AccessibleAsync(page);
        await AnswerRightAsync(page);
        await page.GetByText("Quiz superato.").WaitForAsync();
        await AccessibleAsync(page);

        await page.GotoAsync($"/reti/{Network}/formazione");
        await AccessibleAsync(page);
        var completed = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Identità digitale e servizi online" });
        Assert.Contains("12", await page.Locator("#hours-title ~ p strong").InnerTextAsync(), StringComparison.Ordinal);
        var download = await page.RunAndWaitForDownloadAsync(() => completed.GetByRole(AriaRole.Link, new() { Name = "Scarica il PDF" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private async Task AnswerRightAsync(IPage page)
    {
        var attemptId = Guid.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        var attempt = await browser.Factory.QueryAsync(db => db.Set<QuizAttempt>().AsNoTracking().SingleAsync(a => a.Id == attemptId));
        var drawn = JsonSerializer.Deserialize<List<Guid>>(attempt.QuestionIds)!;
        var questions = await browser.Factory.QueryAsync(db => db.Set<Question>().AsNoTracking().Where(q => drawn.Contains(q.Id)).ToListAsync());
        foreach (var question in questions)
        {
            foreach (var option in QuizOptions.Read(question.Options).Where(o => o.Correct))
            {
                if (question.Kind == QuestionKind.ShortAnswer)
                {
                    await page.Locator($"input[name='q-{question.Id}']").FillAsync(option.Text);
                    break;
                }

                await page.Locator($"label[for='q-{question.Id}-{option.Id}']").ClickAsync();
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Consegna" }).ClickAsync();
    }

    private static async Task AccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}
