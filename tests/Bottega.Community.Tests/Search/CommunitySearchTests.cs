using Bottega.Community.Domain;
using Bottega.Community.Tests.Spaces;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Search;

public sealed class CommunitySearchTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private const string Search = $"/reti/{Network}/comunita/cerca";
    private static readonly string Member = DemoAccounts.TeacherOf(Network);
    private static readonly string Colleague = DemoAccounts.ReferentOf(Network);
    private static readonly string Moderator = DemoAccounts.ModeratorOf(Network);

    [Fact]
    public async Task An_inflected_italian_word_finds_the_topic_with_the_word_highlighted()
    {
        var word = Word();
        var space = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Contratti"));
        await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Question, $"Gara d'appalto {word} per la mensa scolastica", "Quale procedura?", Member);

        var page = await app.Factory.ClientFor(Member).GetDocumentAsync($"{Search}?q=appalti+{word}");

        Assert.True(page.QuerySelectorAll("ol.cmt-search-results > li").Length == 1, page.QuerySelector("main")?.TextContent);
        var result = page.QuerySelectorAll("ol.cmt-search-results > li")[0];
        Assert.Equal("appalto", result.QuerySelector("h2 mark")!.TextContent);
    }

    [Fact]
    public async Task A_topic_found_through_several_replies_appears_once_and_links_to_its_best_reply()
    {
        var word = Word();
        var space = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Personale"));
        var topic = await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Question, "Ferie dei dipendenti", "Come si gestiscono?", Member,
            [(Colleague, $"Con il regolamento {word}"), (Moderator, $"Il regolamento {word} vale anche per i part-time {word}")]);

        var page = await app.Factory.ClientFor(Member).GetDocumentAsync($"{Search}?q={word}");

        var result = Assert.Single(page.QuerySelectorAll("ol.cmt-search-results > li"));
        var link = result.QuerySelector("h2 a")!.GetAttribute("href")!;
        Assert.StartsWith($"/reti/{Network}/comunita/discussioni/{topic.Id}#post-", link, StringComparison.Ordinal);
        Assert.NotNull(result.QuerySelector("p mark"));
    }

    [Fact]
    public async Task Search_leaves_out_private_spaces_of_others_and_hidden_posts()
    {
        var word = Word();
        var group = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Gruppo segreto"), SpaceKind.WorkingGroup, SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers);
        await SpaceArrange.AddMemberAsync(app.Factory, group, Member);
        await SpaceArrange.TopicAsync(app.Factory, group, TopicKind.Discussion, $"Riservato {word}", "Solo per il gruppo", Member);
        var open = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Aperto"));
        var hidden = await SpaceArrange.TopicAsync(app.Factory, open, TopicKind.Discussion, "Argomento pubblico", "Corpo", Member, [(Colleague, $"Risposta nascosta {word}")]);
        await using (var db = app.Factory.Open())
        {
            var reply = await db.Set<Post>().IgnoreQueryFilters().SingleAsync(p => p.TopicId == hidden.Id && p.Number == 2);
            reply.SetVisibility(Visibility.Hidden);
            await db.SaveChangesAsync();
        }

        var outsider = await app.Factory.ClientFor(Colleague).GetDocumentAsync($"{Search}?q={word}");
        var member = await app.Factory.ClientFor(Member).GetDocumentAsync($"{Search}?q={word}");

        Assert.Empty(outsider.QuerySelectorAll("ol.cmt-search-results > li"));
        var found = Assert.Single(member.QuerySelectorAll("ol.cmt-search-results > li"));
        Assert.Contains("Riservato", found.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_narrow_the_results_by_space_tag_answer_author_and_date()
    {
        var word = Word();
        var tag = "pnrr" + Guid.NewGuid().ToString("N")[..4];
        var first = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Fondi europei"));
        var second = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Innovazione"));
        var old = SpaceArrange.Now().AddDays(-40);
        await SpaceArrange.TopicAsync(app.Factory, first, TopicKind.Question, $"Rendicontazione {word} senza risposta", "Come?", Member, tags: [tag]);
        await SpaceArrange.TopicAsync(app.Factory, first, TopicKind.Question, $"Rendicontazione {word} con risposta", "Come?", Colleague, [(Member, "Così")], at: old);
        await SpaceArrange.TopicAsync(app.Factory, second, TopicKind.Discussion, $"Rendicontazione {word} in un altro spazio", "Idee", Colleague);
        var client = app.Factory.ClientFor(Member);
        var yesterday = DateOnly.FromDateTime(SpaceArrange.Now()).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        async Task<List<string>> Found(string filters) =>
            [.. (await client.GetDocumentAsync($"{Search}?q={word}&{filters}")).QuerySelectorAll("ol.cmt-search-results h2").Select(h => h.TextContent.Trim()).Order(StringComparer.Ordinal)];

        Assert.Equal(3, (await Found("")).Count);
        Assert.Equal(2, (await Found($"spazio={first.Slug}")).Count);
        Assert.Equal([$"Rendicontazione {word} senza risposta"], await Found($"tag={tag}"));
        Assert.Equal([$"Rendicontazione {word} senza risposta"], await Found("risposta=no"));
        Assert.Equal([$"Rendicontazione {word} con risposta"], await Found("risposta=si"));
        Assert.Equal([$"Rendicontazione {word} senza risposta"], await Found($"autore=io&spazio={first.Slug}&dal={yesterday}"));
        Assert.Equal(2, (await Found($"email={Uri.EscapeDataString(Colleague)}")).Count);
        Assert.Equal(2, (await Found($"dal={yesterday}")).Count);
        Assert.Contains("Nessun membro attivo della rete", (await client.GetDocumentAsync($"{Search}?q={word}&email=nessuno%40example.org")).Body!.TextContent, StringComparison.Ordinal);
    }

    // A made-up word, so each test finds only its own topics in the shared database.
    private static string Word() => "zq" + new string([.. Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(8)]);
}
