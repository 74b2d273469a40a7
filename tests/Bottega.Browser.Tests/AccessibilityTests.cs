using Bottega.Community.Domain;
using Bottega.Credentials.Awards;
using Bottega.Credentials.Domain;
using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Learning.Domain;
using Bottega.Library.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Bottega.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Browser.Tests;

/// <summary>Every page passes axe-core (WCAG 2.0/2.1 A and AA rules) with no serious or critical violation.</summary>
[Collection(BrowserSuite.Name)]
[Trait("Category", "Browser")]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var (url, visitor) in SitePages.All)
        {
            data.Add(url, visitor ?? "anonimo");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_accessibility_violation(string url, string visitor)
    {
        Skip.IfNot(BrowserFixture.Available || BrowserFixture.Required, "Debian's Chromium is not installed (apt-get install chromium)");
        var page = await browser.OpenAsync(visitor == "anonimo" ? null : visitor);
        var response = await page.GotoAsync(await ResolveAsync(url));
        Assert.True(response!.Status is 200 or 403 or 404, $"{url}: HTTP {response.Status}");

        var result = await page.RunAxe(Wcag);

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{url} as {visitor}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));

        // A form with an explicit action gets no antiforgery token from the tag helper unless asked: the post would be refused.
        var tokenless = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('form[method=post]')].filter(f => !f.querySelector('input[name=__RequestVerificationToken]')).map(f => f.getAttribute('action') ?? '')");
        Assert.True(tokenless.Length == 0, $"{url} as {visitor}: forms without an antiforgery token: {string.Join(", ", tokenless)}");
        await page.Context.CloseAsync();
    }

    private async Task<string> ResolveAsync(string url)
    {
        if (url.Contains("{member}", StringComparison.Ordinal))
        {
            url = url.Replace("{member}", (await browser.Factory.UserIdAsync(DemoAccounts.TeacherOf(DemoAccounts.Rup))).ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{organization}", StringComparison.Ordinal))
        {
            var union = await browser.Factory.QueryAsync(db => db.Set<Organization>()
                .Where(o => o.Kind == OrganizationKind.UnionOfMunicipalities).Select(o => o.Id).FirstAsync());
            url = url.Replace("{organization}", union.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{course}", StringComparison.Ordinal) || url.Contains("{quiz}", StringComparison.Ordinal))
        {
            var course = await browser.Factory.QueryAsync(db => db.Set<Course>().Where(c => c.Title == "Identità digitale e servizi online").Select(c => c.Id).SingleAsync());
            var quiz = await browser.Factory.QueryAsync(db => db.Set<LearningObject>().Where(o => o.CourseId == course && o.Kind == LearningObjectKind.Quiz).Select(o => o.Id).SingleAsync());
            url = url.Replace("{course}", course.ToString(), StringComparison.Ordinal).Replace("{quiz}", quiz.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{certificate}", StringComparison.Ordinal))
        {
            url = url.Replace("{certificate}", await browser.Factory.QueryAsync(db => db.Set<Certificate>().Select(c => c.Code).FirstAsync()), StringComparison.Ordinal);
        }

        if (url.Contains("{badge", StringComparison.Ordinal))
        {
            var badge = await browser.Factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters().Where(c => c.IsPublic && c.RecipientUserId != null)
                .Select(c => c.PublicId).FirstAsync());
            url = url.Replace("{badgeurl}", Uri.EscapeDataString($"https://localhost/ob/v3/credentials/{badge}"), StringComparison.Ordinal)
                .Replace("{badge}", badge, StringComparison.Ordinal);
        }

        if (url.Contains("{achievement}", StringComparison.Ordinal))
        {
            var federation = await browser.Factory.NetworkAsync(DemoAccounts.Federation);
            var achievement = await browser.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters()
                .Where(a => a.NetworkId == federation.Id && a.Kind == AchievementKind.Course).Select(a => a.Id).FirstAsync());
            url = url.Replace("{achievement}", achievement.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{rule}", StringComparison.Ordinal))
        {
            var rule = await browser.Factory.QueryAsync(db => db.Set<AwardRule>().IgnoreQueryFilters().Select(r => r.Id).FirstAsync());
            url = url.Replace("{rule}", rule.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{topic}", StringComparison.Ordinal) || url.Contains("{post}", StringComparison.Ordinal) || url.Contains("{space}", StringComparison.Ordinal))
        {
            var topic = await browser.Factory.QueryAsync(db => db.Set<Topic>().IgnoreQueryFilters()
                .Where(t => t.Title == "Affidamento diretto sotto i 140.000 euro: serve sempre la rotazione?").Select(t => new { t.Id, t.SpaceId }).SingleAsync());
            var post = await browser.Factory.QueryAsync(db => db.Set<Post>().IgnoreQueryFilters().Where(p => p.TopicId == topic.Id && p.Number == 1).Select(p => p.Id).SingleAsync());
            url = url.Replace("{topic}", topic.Id.ToString(), StringComparison.Ordinal).Replace("{post}", post.ToString(), StringComparison.Ordinal)
                .Replace("{space}", topic.SpaceId.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{event}", StringComparison.Ordinal))
        {
            var webinar = await browser.Factory.QueryAsync(db => db.Set<EventSession>().IgnoreQueryFilters()
                .Join(db.Set<LiveEvent>().IgnoreQueryFilters().Where(e => e.Title == DemoEvents.ProvincesWebinar), s => s.EventId, e => e.Id, (s, e) => new { s.EventId, s.Id })
                .SingleAsync());
            url = url.Replace("{event}", webinar.EventId.ToString(), StringComparison.Ordinal).Replace("{eventsession}", webinar.Id.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{anciwebinar}", StringComparison.Ordinal))
        {
            var anci = await browser.Factory.NetworkAsync(DemoAccounts.Anci);
            var first = await browser.Factory.QueryAsync(db => db.Set<LiveEvent>().IgnoreQueryFilters().Where(e => e.NetworkId == anci.Id)
                .OrderBy(e => e.StartsAt).Select(e => e.Id).FirstAsync());
            url = url.Replace("{anciwebinar}", first.ToString(), StringComparison.Ordinal);
        }

        return await ResolveLibraryAsync(url);
    }

    private async Task<string> ResolveLibraryAsync(string url)
    {
        if (url.Contains("{libdoc}", StringComparison.Ordinal))
        {
            var document = await browser.Factory.QueryAsync(db => db.Set<LibraryDocument>().IgnoreQueryFilters()
                .Where(d => d.Title == DemoLibraryDocuments.TemplateTitle).Select(d => d.Id).SingleAsync());
            url = url.Replace("{libdoc}", document.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{practice}", StringComparison.Ordinal))
        {
            var provinces = await browser.Factory.NetworkAsync(DemoAccounts.Provinces);
            var practice = await browser.Factory.QueryAsync(db => db.Set<GoodPractice>().IgnoreQueryFilters()
                .Where(p => p.NetworkId == provinces.Id && p.Status == PracticeStatus.Published).OrderBy(p => p.Title).Select(p => p.Id).FirstAsync());
            url = url.Replace("{practice}", practice.ToString(), StringComparison.Ordinal);
        }

        if (url.Contains("{prizecall}", StringComparison.Ordinal))
        {
            var call = await browser.Factory.QueryAsync(db => db.Set<PrizeCall>().IgnoreQueryFilters().Where(c => c.Title == DemoLibraryPrize.CallTitle).Select(c => c.Id).SingleAsync());
            var entry = await browser.Factory.QueryAsync(db => db.Set<PrizeEntry>().IgnoreQueryFilters().Where(e => e.CallId == call).OrderBy(e => e.Number).Select(e => e.Id).FirstAsync());
            url = url.Replace("{prizecall}", call.ToString(), StringComparison.Ordinal).Replace("{prizeentry}", entry.ToString(), StringComparison.Ordinal);
        }

        return url;
    }
}
