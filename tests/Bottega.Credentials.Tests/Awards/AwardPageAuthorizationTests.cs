using System.Net;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Credentials.Tests.Awards;

/// <summary>Every award page tried by a network admin, a member, another network's admin and an anonymous visitor.</summary>
public sealed class AwardPageAuthorizationTests(AwardsFixture app) : IClassFixture<AwardsFixture>
{
    private const string Network = AwardsData.Network;
    private const string Member = DemoAccounts.Learner;
    private static readonly string OtherAdmin = DemoAccounts.AdminOf(DemoAccounts.Rup);

    public static TheoryData<string> AdminPages => new()
    {
        "/reti/{0}/gestione/riconoscimenti",
        "/reti/{0}/gestione/riconoscimenti/nuova",
        "/reti/{0}/gestione/riconoscimenti/{1}",
    };

    public static TheoryData<string> PublicPages => new()
    {
        "/reti/{0}/riconoscimenti",
        "/reti/{0}/riconoscimenti/{1}",
    };

    private async Task<string> UrlAsync(string template) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Network, await app.Factory.DemoRuleAsync());

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Network_admin_opens_the_admin_pages(string template) =>
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(await UrlAsync(template))).StatusCode);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Member_is_denied_the_admin_pages(string template)
    {
        var response = await app.Factory.ClientFor(Member).GetAsync(await UrlAsync(template));
        Assert.True(response.IsDenied(), $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_of_another_network_is_denied_the_admin_pages(string template)
    {
        var response = await app.Factory.ClientFor(OtherAdmin).GetAsync(await UrlAsync(template));
        Assert.True(response.IsDenied() || response.StatusCode == HttpStatusCode.NotFound, $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_visitor_is_sent_to_sign_in_from_the_admin_pages(string template)
    {
        var response = await app.Factory.ClientFor(null).GetAsync(await UrlAsync(template));
        Assert.True(response.IsSignInChallenge(), $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_open_for_everyone(string template)
    {
        foreach (var email in new[] { null, Member, OtherAdmin, DemoAccounts.AdminOf(Network) })
        {
            var response = await app.Factory.ClientFor(email).GetAsync(await UrlAsync(template));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Member_cannot_evaluate_a_rule_now()
    {
        var rule = await app.Factory.DemoRuleAsync();
        var client = app.Factory.ClientFor(Member);
        var publicPage = $"/reti/{Network}/riconoscimenti";

        var response = await client.PostFormAsync(publicPage, $"/reti/{Network}/gestione/riconoscimenti/{rule}?handler=Evaluate", new Dictionary<string, string>());

        Assert.True(response.IsDenied(), $"{(int)response.StatusCode}");
        Assert.Equal(0, await app.Factory.AuditCountAsync("award.rule.evaluated", rule));
    }
}
