using System.Net;
using Bottega.Community.Domain;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Community.Tests.Spaces;

public sealed class SpacePagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private static readonly string Member = DemoAccounts.TeacherOf(Network);
    private static readonly string Colleague = DemoAccounts.ReferentOf(Network);
    private static readonly string Moderator = DemoAccounts.ModeratorOf(Network);

    [Fact]
    public async Task A_private_space_is_not_listed_and_is_a_404_for_an_outsider_but_is_listed_for_its_members()
    {
        var group = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Gruppo riservato"), SpaceKind.WorkingGroup, SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers);
        await SpaceArrange.AddMemberAsync(app.Factory, group, Member);
        await SpaceArrange.TopicAsync(app.Factory, group, TopicKind.Question, "Domanda riservata sul bilancio", "Testo riservato", Member);
        var outsider = app.Factory.ClientFor(Colleague);
        var member = app.Factory.ClientFor(Member);

        var outsiderHome = await outsider.GetDocumentAsync($"/reti/{Network}/comunita");
        var memberHome = await member.GetDocumentAsync($"/reti/{Network}/comunita");

        Assert.DoesNotContain(group.Name, outsiderHome.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Domanda riservata sul bilancio", outsiderHome.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/reti/{Network}/comunita/{group.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Anci)).GetAsync($"/reti/{DemoAccounts.Anci}/comunita/{group.Slug}")).StatusCode);
        Assert.NotNull(memberHome.QuerySelector($"a[href='/reti/{Network}/comunita/{group.Slug}']"));
        Assert.Contains("Domanda riservata sul bilancio", (await member.GetDocumentAsync($"/reti/{Network}/comunita/{group.Slug}")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(Moderator).GetAsync($"/reti/{Network}/comunita/{group.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Another_networks_member_and_an_anonymous_visitor_cannot_open_the_community()
    {
        var space = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Tema aperto"));

        Assert.True((await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Anci)).GetAsync($"/reti/{Network}/comunita/{space.Slug}")).IsDenied());
        Assert.True((await app.Factory.ClientFor(null).GetAsync($"/reti/{Network}/comunita")).IsSignInChallenge());
    }

    [Fact]
    public async Task An_archived_space_is_readable_but_offers_no_new_topic()
    {
        var archived = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Vecchio tema"), archived: true);
        await SpaceArrange.TopicAsync(app.Factory, archived, TopicKind.Discussion, "Discussione di archivio", "Corpo", Member);
        var open = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Tema vivo"));

        var page = await app.Factory.ClientFor(Member).GetDocumentAsync($"/reti/{Network}/comunita/{archived.Slug}");
        var openPage = await app.Factory.ClientFor(Member).GetDocumentAsync($"/reti/{Network}/comunita/{open.Slug}");

        Assert.Contains("Discussione di archivio", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='/reti/{Network}/comunita/{archived.Slug}/nuovo']"));
        Assert.NotNull(openPage.QuerySelector($"a[href='/reti/{Network}/comunita/{open.Slug}/nuovo']"));
    }

    [Fact]
    public async Task The_unanswered_tab_shows_only_questions_without_replies_and_the_sort_puts_them_first_after_pinned_topics()
    {
        var space = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Tributi"));
        var start = SpaceArrange.Now().AddDays(-5);
        var unanswered = await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Question, "Domanda senza risposta IMU", "Come si calcola?", Member, at: start);
        var answered = await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Question, "Domanda con risposta TARI", "Scadenze?", Member,
            [(Colleague, "Il 16 dicembre")], at: start.AddDays(1));
        var discussion = await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Discussion, "Discussione sul canone unico", "Esperienze?", Member, at: start.AddDays(2));
        var pinned = await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Discussion, "Regole dello spazio", "Leggere prima", Moderator, at: start.AddDays(-3), pinned: true);
        var member = app.Factory.ClientFor(Member);
        var url = $"/reti/{Network}/comunita/{space.Slug}";

        var onlyUnanswered = Titles(await member.GetDocumentAsync($"{url}?filtro=senza-risposta"));
        var questions = Titles(await member.GetDocumentAsync($"{url}?filtro=domande"));
        var byActivity = Titles(await member.GetDocumentAsync(url));
        var unansweredFirst = Titles(await member.GetDocumentAsync($"{url}?ordine=senza-risposta"));

        Assert.Equal([unanswered.Title], onlyUnanswered);
        Assert.Equal([answered.Title, unanswered.Title], questions);
        Assert.Equal([pinned.Title, discussion.Title, answered.Title, unanswered.Title], byActivity);
        Assert.Equal([pinned.Title, unanswered.Title, discussion.Title, answered.Title], unansweredFirst);
    }

    [Fact]
    public async Task The_tag_filter_and_the_tag_page_list_the_tags_topics_only_in_readable_spaces()
    {
        var tag = "mepa" + Guid.NewGuid().ToString("N")[..4];
        var space = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Acquisti"));
        var group = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Gruppo acquisti"), SpaceKind.WorkingGroup, SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers);
        await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Question, "Ordine diretto sul MePA", "Come?", Member, tags: [tag]);
        await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Question, "Senza tag", "Come?", Member);
        await SpaceArrange.TopicAsync(app.Factory, group, TopicKind.Question, "MePA nel gruppo riservato", "Come?", Moderator, tags: [tag]);
        var member = app.Factory.ClientFor(Member);

        var filtered = Titles(await member.GetDocumentAsync($"/reti/{Network}/comunita/{space.Slug}?tag={tag}"));
        var tagPage = Titles(await member.GetDocumentAsync($"/reti/{Network}/comunita/tag/{tag}"));

        Assert.Equal(["Ordine diretto sul MePA"], filtered);
        Assert.Equal(["Ordine diretto sul MePA"], tagPage);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/reti/{Network}/comunita/tag/nessun-tag-simile")).StatusCode);
    }

    [Fact]
    public async Task The_network_home_links_to_the_community_and_the_home_offers_to_ask_in_a_space()
    {
        var space = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Domande generali"));
        var member = app.Factory.ClientFor(Member);

        var networkHome = await member.GetDocumentAsync($"/reti/{Network}");
        var ask = await member.GetAsync($"/reti/{Network}/comunita?handler=Ask&spazio={space.Slug}");

        Assert.NotNull(networkHome.QuerySelector($"a[href='/reti/{Network}/comunita']"));
        Assert.Equal(HttpStatusCode.Redirect, ask.StatusCode);
        Assert.StartsWith($"/reti/{Network}/comunita/{space.Slug}/nuovo", ask.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("ul.cmt-topics a[href*='/comunita/discussioni/']").Select(a => a.TextContent.Trim())];
}
