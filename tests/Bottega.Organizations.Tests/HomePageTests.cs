using System.Net;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Organizations.Tests;

public sealed class HomePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Home_page_is_italian_and_lists_the_demo_networks()
    {
        var document = await app.Factory.ClientFor(null).GetDocumentAsync("/");

        Assert.Equal("it", document.DocumentElement.GetAttribute("lang"));
        var titles = document.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var slug in DemoAccounts.NetworkSlugs)
        {
            Assert.Contains($"/reti/{slug}", titles);
        }
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        var client = app.Factory.ClientFor(null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Unknown_network_is_not_found()
    {
        var response = await app.Factory.ClientFor(null).GetAsync(new Uri("/reti/non-esiste", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
