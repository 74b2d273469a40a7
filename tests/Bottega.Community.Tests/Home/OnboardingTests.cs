using Bottega.Community.Domain;
using Bottega.Community.Tests.Spaces;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Community.Tests.Home;

public sealed class OnboardingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Academy;
    private const string Home = $"/reti/{Network}/comunita";

    [Fact]
    public async Task The_first_visit_guide_is_shown_until_dismissed_and_then_never_again()
    {
        var client = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));

        var first = await client.GetDocumentAsync(Home);
        Assert.NotNull(first.QuerySelector("#guida"));
        Assert.NotNull((await client.GetDocumentAsync(Home)).QuerySelector("#guida"));

        var dismissed = await client.PostFormAsync(Home, $"{Home}?handler=Guide", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Null((await client.GetDocumentAsync(Home)).QuerySelector("#guida"));
        Assert.NotNull((await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetDocumentAsync(Home)).QuerySelector("#guida"));
    }

    [Fact]
    public async Task The_first_question_prompt_is_for_people_who_never_posted()
    {
        var space = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Benvenuti"));
        var poster = DemoAccounts.ModeratorOf(Network);
        await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Discussion, "Presentiamoci", "Ciao a tutti", poster);

        var newcomer = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetDocumentAsync(Home);
        var veteran = await app.Factory.ClientFor(poster).GetDocumentAsync(Home);

        Assert.Equal("Fai la tua prima domanda", newcomer.QuerySelector("#chiedi")!.TextContent.Trim());
        Assert.Equal("Fai una domanda", veteran.QuerySelector("#chiedi")!.TextContent.Trim());
        Assert.Contains("Presentiamoci", newcomer.Body!.TextContent, StringComparison.Ordinal);
    }
}
