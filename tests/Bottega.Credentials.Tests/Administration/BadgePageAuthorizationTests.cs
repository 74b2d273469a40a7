using System.Globalization;
using System.Net;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Credentials.Tests.Administration;

/// <summary>Every badge administration page, tried by the network's admin, lesser roles, another network's admin and an anonymous visitor.</summary>
public sealed class BadgePageAuthorizationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = BadgeArrange.Network;

    public static TheoryData<string> Pages => new()
    {
        "/reti/{0}/gestione/badge",
        "/reti/{0}/gestione/badge?tipo=Award&archiviati=true",
        "/reti/{0}/gestione/badge/nuovo",
        "/reti/{0}/gestione/badge/nuovo?tipo=Competence",
        "/reti/{0}/gestione/badge/nuovo?tipo=Path",
        "/reti/{0}/gestione/badge/{1}",
        "/reti/{0}/gestione/badge/{1}/assegna",
        "/reti/{0}/gestione/badge/{1}/emessi",
        "/reti/{0}/gestione/badge/emittente",
    };

    private async Task<string> UrlAsync(string template) =>
        string.Format(CultureInfo.InvariantCulture, template, Network, template.Contains("{1}", StringComparison.Ordinal) ? await BadgeArrange.AchievementAsync(app.Factory) : Guid.Empty);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Network_admin_opens_the_page(string template)
    {
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(await UrlAsync(template));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Member_and_teacher_are_denied(string template)
    {
        var url = await UrlAsync(template);
        foreach (var email in new[] { DemoAccounts.Learner, DemoAccounts.TeacherOf(Network), DemoAccounts.ReferentOf(Network) })
        {
            var response = await app.Factory.ClientFor(email).GetAsync(url);
            Assert.True(response.IsDenied(), $"{email} {url}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Admin_of_another_network_is_denied(string template)
    {
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup)).GetAsync(await UrlAsync(template));
        Assert.True(response.IsDenied(), $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_visitor_is_sent_to_sign_in(string template)
    {
        var response = await app.Factory.ClientFor(null).GetAsync(await UrlAsync(template));
        Assert.True(response.IsSignInChallenge(), $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/assegna")]
    [InlineData("/emessi")]
    public async Task Achievement_of_another_network_is_not_found(string suffix)
    {
        var foreign = await BadgeArrange.AchievementAsync(app.Factory, DemoAccounts.Rup);
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync($"{BadgeArrange.Base()}/{foreign}{suffix}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Teacher_cannot_post_to_the_key_rotation()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ConfirmRotation"] = "true" });
        var response = await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).PostAsync(
            new Uri($"{BadgeArrange.Base()}/emittente?handler=Rotate", UriKind.Relative), content);
        Assert.True(response.IsDenied(), $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task Network_home_links_the_badge_pages_for_its_admin_only()
    {
        var admin = await (await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync($"/reti/{Network}")).Content.ReadAsStringAsync();
        var member = await (await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/reti/{Network}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{BadgeArrange.Base()}\"", admin, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{BadgeArrange.Base()}\"", member, StringComparison.Ordinal);
    }
}
