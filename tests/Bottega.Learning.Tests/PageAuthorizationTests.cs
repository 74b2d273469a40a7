using System.Globalization;
using System.Net;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Learning.Tests;

/// <summary>The ledger and staff pages, tried by the right role, a lesser role, another network's admin and an anonymous visitor.</summary>
public sealed class PageAuthorizationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Academy;
    private const string OtherNetwork = DemoAccounts.Rup;

    public static TheoryData<string, string> Pages => new()
    {
        { "/reti/{0}/formazione/ore", "member" },
        { "/reti/{0}/personale", "referent" },
        { "/reti/{0}/personale/formazione-esterna", "referent" },
        { "/reti/{0}/personale?handler=Csv", "referent" },
        { "/reti/{0}/personale?handler=Xlsx", "referent" },
    };

    private static string Url(string template) => string.Format(CultureInfo.InvariantCulture, template, Network);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_opens_for_its_role(string template, string role)
    {
        var email = role == "referent" ? DemoAccounts.ReferentOf(Network) : DemoAccounts.TeacherOf(Network);
        var response = await app.Factory.ClientFor(email).GetAsync(Url(template));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Network_admin_opens_it_too(string template, string role)
    {
        _ = role;
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(Url(template));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Admin_of_another_network_is_denied(string template, string role)
    {
        _ = role;
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(OtherNetwork)).GetAsync(Url(template));
        Assert.True(response.IsDenied(), $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_visitor_is_sent_to_sign_in(string template, string role)
    {
        _ = role;
        var response = await app.Factory.ClientFor(null).GetAsync(Url(template));
        Assert.True(response.IsSignInChallenge(), $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/reti/{0}/personale")]
    [InlineData("/reti/{0}/personale/formazione-esterna")]
    [InlineData("/reti/{0}/personale?handler=Csv")]
    [InlineData("/reti/{0}/personale/corsi/0195f2a4-0000-7000-8000-000000000000")]
    public async Task Teacher_is_denied_the_referents_pages(string template)
    {
        var response = await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).GetAsync(Url(template));
        Assert.True(response.IsDenied(), $"{template}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Course_progress_page_is_for_referents_of_this_network()
    {
        const string template = "/reti/{0}/personale/corsi/0195f2a4-0000-7000-8000-000000000000";
        Assert.True((await app.Factory.ClientFor(DemoAccounts.AdminOf(OtherNetwork)).GetAsync(Url(template))).IsDenied());
        Assert.True((await app.Factory.ClientFor(null).GetAsync(Url(template))).IsSignInChallenge());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetAsync(Url(template))).StatusCode);
    }
}
