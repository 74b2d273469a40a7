using System.Net;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Organizations.Tests.Authorization;

/// <summary>Every network page, tried by the right role, a lesser role, another network's admin and an anonymous visitor.</summary>
public sealed class PageAuthorizationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Academy;
    private const string OtherNetwork = DemoAccounts.Rup;

    public static TheoryData<string, string> AdminPages => new()
    {
        { "/reti/{0}/enti", "admin" },
        { "/reti/{0}/registro", "admin" },
        { "/reti/{0}/impostazioni", "admin" },
        { "/reti/{0}/inviti", "admin" },
        { "/reti/{0}/richieste", "referent" },
        { "/reti/{0}/membri", "member" },
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Network_page_opens_for_its_role(string template, string role)
    {
        var email = role switch
        {
            "admin" => DemoAccounts.AdminOf(Network),
            "referent" => DemoAccounts.ReferentOf(Network),
            _ => DemoAccounts.TeacherOf(Network),
        };
        var response = await app.Factory.ClientFor(email).GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Network));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Admin_of_another_network_is_denied(string template, string role)
    {
        _ = role;
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(OtherNetwork))
            .GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Network));
        Assert.True(response.IsDenied(), $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_visitor_is_sent_to_sign_in(string template, string role)
    {
        _ = role;
        var response = await app.Factory.ClientFor(null).GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Network));
        Assert.True(response.IsSignInChallenge(), $"{template}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/reti/{0}/enti")]
    [InlineData("/reti/{0}/registro")]
    [InlineData("/reti/{0}/inviti")]
    public async Task Plain_member_is_denied_admin_pages(string template)
    {
        var response = await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network))
            .GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Network));
        Assert.True(response.IsDenied());
    }

    [Fact]
    public async Task Teacher_is_denied_the_requests_queue()
    {
        var response = await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).GetAsync($"/reti/{Network}/richieste");
        Assert.True(response.IsDenied());
    }

    [Theory]
    [InlineData("/reti/nuova")]
    [InlineData("/enti/nuovo")]
    [InlineData("/admin")]
    [InlineData("/admin/registro")]
    public async Task Platform_pages_are_for_platform_admins_only(string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.PlatformAdmin).GetAsync(url)).StatusCode);
        Assert.True((await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(url)).IsDenied());
        Assert.True((await app.Factory.ClientFor(null).GetAsync(url)).IsSignInChallenge());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reti")]
    [InlineData("/reti/" + Network)]
    [InlineData("/enti")]
    [InlineData("/accessibilita")]
    [InlineData("/privacy")]
    public async Task Public_pages_open_for_anonymous_visitors(string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(null).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Member_profile_of_a_person_outside_the_network_is_not_found()
    {
        var outsider = await app.Factory.UserIdAsync(DemoAccounts.AdminOf(OtherNetwork));
        var response = await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).GetAsync($"/reti/{Network}/membri/{outsider}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/profilo")]
    [InlineData("/account/dati")]
    [InlineData("/account/dati?handler=Download")]
    [InlineData("/inviti/0123456789abcdef")]
    [InlineData("/reti/" + Network + "/aderisci")]
    public async Task Personal_pages_ask_anonymous_visitors_to_sign_in(string url)
    {
        Assert.True((await app.Factory.ClientFor(null).GetAsync(url)).IsSignInChallenge());
    }

    [Fact]
    public async Task Anonymous_join_request_is_refused()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await app.Factory.ClientFor(null).PostAsync(new Uri($"/reti/{Network}/aderisci", UriKind.Relative), content);
        Assert.True(response.IsSignInChallenge(), $"{(int)response.StatusCode}");
    }
}
