using System.Net;
using System.Text.RegularExpressions;
using Bottega.Demo;
using Bottega.Library.Domain;
using Bottega.Testing;
using Xunit;

namespace Bottega.Library.Tests.Search;

/// <summary>The library search page through HTTP: the file's text, Italian inflections, snippets, filters, paging, hostile text.</summary>
public sealed partial class LibrarySearchPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private readonly LibraryArrange arrange = new(app.Factory);

    [Fact]
    public async Task A_phrase_inside_the_file_finds_the_document_with_its_inflections_and_a_highlighted_snippet()
    {
        var (networkId, author) = await MemberAsync();
        var text = "Premesse generali. " + string.Concat(Enumerable.Repeat("Il presente capitolato disciplina il servizio di pulizia degli uffici. ", 40))
            + "Si applica la clausola sociale per il riassorbimento del personale uscente. Fine del documento.";
        var id = await arrange.DocumentAsync(networkId, "Capitolato per il servizio di pulizia " + Marker(), text, author);

        var html = await SearchAsync(DemoAccounts.Learner, "q=clausole%20sociali");

        Assert.Contains(id, Ids(html));
        Assert.Contains("<mark>clausola</mark> <mark>sociale</mark>", html, StringComparison.Ordinal);
        Assert.Contains("riassorbimento", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_title_is_highlighted_and_the_count_is_a_live_status()
    {
        var (networkId, author) = await MemberAsync();
        var marker = Marker();
        await arrange.DocumentAsync(networkId, "Disciplinare " + marker, "testo", author);

        var html = await SearchAsync(DemoAccounts.Learner, "q=" + marker);

        Assert.Contains($"<mark>{marker}</mark>", html, StringComparison.Ordinal);
        Assert.Matches("role=\"status\" aria-live=\"polite\">1 documenti trovati<", html);
    }

    [Fact]
    public async Task Each_filter_narrows_the_results()
    {
        var (networkId, author) = await MemberAsync();
        var marker = Marker();
        var collection = await arrange.CollectionAsync(networkId, "raccolta-" + marker, "Centrale di committenza " + marker);
        var organization = Guid.NewGuid();
        var region = Guid.NewGuid();
        var plain = await arrange.DocumentAsync(networkId, "Modello " + marker, null, author);
        var guide = await arrange.DocumentAsync(networkId, "Guida " + marker, null, author, kind: DocumentKind.Guide);
        var inCollection = await arrange.DocumentAsync(networkId, "Raccolto " + marker, null, author, collectionId: collection);
        var tagged = await arrange.DocumentAsync(networkId, "Etichettato " + marker, null, author, tags: ["clausola-sociale"]);
        var owned = await arrange.DocumentAsync(networkId, "Di un ente " + marker, null, author, organizationId: organization);
        var regional = await arrange.DocumentAsync(networkId, "Di una regione " + marker, null, author, regionId: region);
        var old = await arrange.DocumentAsync(networkId, "Vecchio " + marker, null, author, year: 2019);

        Assert.Equal(7, Ids(await SearchAsync(DemoAccounts.Learner, "q=" + marker)).Count);
        Assert.Equal([guide], Ids(await SearchAsync(DemoAccounts.Learner, $"q={marker}&tipo=Guide")));
        Assert.Equal([inCollection], Ids(await SearchAsync(DemoAccounts.Learner, $"q={marker}&raccolta=raccolta-{marker}")));
        Assert.Equal([tagged], Ids(await SearchAsync(DemoAccounts.Learner, $"q={marker}&tag=Clausola%20sociale")));
        Assert.Equal([owned], Ids(await SearchAsync(DemoAccounts.Learner, $"q={marker}&ente={organization}")));
        Assert.Equal([regional], Ids(await SearchAsync(DemoAccounts.Learner, $"q={marker}&regione={region}")));
        Assert.Equal([old], Ids(await SearchAsync(DemoAccounts.Learner, $"q={marker}&anno=2019")));
        Assert.Empty(Ids(await SearchAsync(DemoAccounts.Learner, $"q={marker}&raccolta=non-esiste")));
        Assert.Contains(plain, Ids(await SearchAsync(DemoAccounts.Learner, $"q={marker}&tipo=Template")));
    }

    [Fact]
    public async Task Without_words_the_filters_browse_newest_first()
    {
        var (networkId, author) = await MemberAsync();
        var marker = Marker();
        var collection = await arrange.CollectionAsync(networkId, "sfoglia-" + marker, "Sfoglia " + marker);
        var older = await arrange.DocumentAsync(networkId, "Primo", null, author, collectionId: collection, at: new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc));
        var newer = await arrange.DocumentAsync(networkId, "Secondo", null, author, collectionId: collection, at: new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal([newer, older], Ids(await SearchAsync(DemoAccounts.Learner, $"raccolta=sfoglia-{marker}")));
    }

    [Fact]
    public async Task Results_are_paged_twenty_at_a_time()
    {
        var (networkId, author) = await MemberAsync();
        var marker = Marker();
        for (var i = 0; i < 23; i++)
        {
            await arrange.DocumentAsync(networkId, $"Determina {i} {marker}", null, author);
        }

        var first = await SearchAsync(DemoAccounts.Learner, "q=" + marker);
        var second = await SearchAsync(DemoAccounts.Learner, $"q={marker}&page=2");
        var alias = await SearchAsync(DemoAccounts.Learner, $"q={marker}&pagina=2");

        Assert.Equal(20, Ids(first).Count);
        Assert.Equal(3, Ids(second).Count);
        Assert.Equal(Ids(second), Ids(alias));
        Assert.Empty(Ids(first).Intersect(Ids(second)));
        Assert.Contains("23 documenti trovati", first, StringComparison.Ordinal);
        Assert.Contains("page=2", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_htmx_request_gets_only_the_results_and_the_count_out_of_band()
    {
        var (networkId, author) = await MemberAsync();
        var marker = Marker();
        await arrange.DocumentAsync(networkId, "Schema " + marker, null, author);
        var client = app.Factory.ClientFor(DemoAccounts.Learner);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/reti/{Network}/biblioteca/cerca?q={marker}");
        request.Headers.Add("HX-Request", "true");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.Contains("hx-swap-oob=\"true\"", html, StringComparison.Ordinal);
        Assert.Single(Ids(html));
    }

    [Theory]
    [InlineData("\"); DROP TABLE lib_documents; --")]
    [InlineData("clausola NEAR sociale AND \"appalto\" OR * ^ :* & | !")]
    [InlineData("")]
    [InlineData("%%%")]
    public async Task Hostile_text_answers_normally(string q)
    {
        var response = await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/reti/{Network}/biblioteca/cerca?q={Uri.EscapeDataString(q)}&anno=abc&ente=zzz&tipo=%27");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_are_refused_with_a_message()
    {
        var q = string.Concat(Enumerable.Repeat("appalto ", 1300));
        var response = await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/reti/{Network}/biblioteca/cerca?q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Scrivi al massimo 200 caratteri.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static string Marker() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8).Select(c => (char)('k' + (c - 'a'))));

    internal static List<Guid> Ids(string html) => [.. DocumentLink().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct()];

    private async Task<(Guid NetworkId, Guid Author)> MemberAsync() =>
        ((await app.Factory.NetworkAsync(Network)).Id, await app.Factory.UserIdAsync(DemoAccounts.AdminOf(Network)));

    private async Task<string> SearchAsync(string? email, string query)
    {
        var response = await app.Factory.ClientFor(email).GetAsync($"/reti/{Network}/biblioteca/cerca?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("/biblioteca/documenti/([0-9a-fA-F-]{36})\"")]
    private static partial Regex DocumentLink();
}
