using Bottega.Platform.Data;
using Bottega.Platform.Search;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Platform.Tests;

/// <summary>Runs on the provider of the test run (BOTTEGA_TEST_DB); every test uses its own kind, so they do not meet.</summary>
public sealed class FullTextIndexTests(SearchDatabase database) : IClassFixture<SearchDatabase>
{
    private readonly string kind = "test." + Guid.NewGuid().ToString("N");

    [Theory]
    [InlineData("Corso sulla formazione continua", "formazioni")]
    [InlineData("Servizi digitali per i comuni", "digitale")]
    [InlineData("Gestione dell'appalto pubblico", "appalti")]
    [InlineData("Le formazioni obbligatorie", "formazione")]
    public async Task Italian_inflections_match(string title, string query)
    {
        var key = await AddAsync(title, "");

        Assert.Equal([key], await KeysAsync(query));
    }

    [Theory]
    [InlineData("Qualità dei servizi", "qualita")]
    [InlineData("Controllo di qualita", "QUALITÀ")]
    [InlineData("Città metropolitana", "citta")]
    public async Task Accents_and_case_are_folded(string title, string query)
    {
        var key = await AddAsync(title, "");

        Assert.Equal([key], await KeysAsync(query));
    }

    [Fact]
    public async Task Every_word_is_required()
    {
        var digital = await AddAsync("Formazione digitale", "");
        await AddAsync("Formazione giuridica", "");

        Assert.Equal([digital], await KeysAsync("formazione digitale"));
    }

    [Fact]
    public async Task Any_word_search_finds_documents_with_some_of_the_words_those_with_more_first()
    {
        var both = await AddAsync("Affidamento diretto e rotazione", "");
        var one = await AddAsync("Rotazione degli incarichi", "");
        await AddAsync("Bilancio consolidato", "");

        await using var db = Context();
        var hits = await database.Index.SearchAnyAsync(db, kind, null, "affidamento rotazione del fornitore uscente", 10, CancellationToken.None);

        Assert.Equal([both, one], hits.Select(h => h.Key));
    }

    [Fact]
    public async Task The_last_word_matches_as_a_prefix()
    {
        var key = await AddAsync("Servizi digitali", "");

        Assert.Equal([key], await KeysAsync("servizi digi"));
        Assert.Empty(await KeysAsync("digi servizi"));
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var inBody = await AddAsync("Corso per i comuni", "Il corso tratta anche gli appalti pubblici e la loro gestione.");
        var inTitle = await AddAsync("Appalti pubblici", "Un corso per i comuni.");

        await using var db = Context();
        var hits = await database.Index.SearchAsync(db, kind, null, "appalto", 10, CancellationToken.None);

        Assert.Equal([inTitle, inBody], hits.Select(h => h.Key));
        Assert.True(hits[0].Rank > hits[1].Rank);
    }

    [Fact]
    public async Task Upsert_replaces_the_document()
    {
        var key = await AddAsync("Vecchio titolo del corso", "");

        await using (var db = Context())
        {
            await database.Index.UpsertAsync(db, new SearchDocument(kind, key, null, "Nuovo titolo del corso", ""), CancellationToken.None);
        }

        Assert.Equal([key], await KeysAsync("titolo corso"));
        Assert.Equal([key], await KeysAsync("nuovo"));
        Assert.Empty(await KeysAsync("vecchio"));
    }

    [Fact]
    public async Task Remove_removes_the_document()
    {
        var removed = await AddAsync("Sicurezza informatica", "");
        var kept = await AddAsync("Sicurezza sul lavoro", "");

        await using (var db = Context())
        {
            await database.Index.RemoveAsync(db, kind, removed, CancellationToken.None);
        }

        Assert.Equal([kept], await KeysAsync("sicurezza"));
    }

    [Fact]
    public async Task Kinds_are_separate()
    {
        var course = await AddAsync("Protezione dei dati", "");
        await using (var db = Context())
        {
            await database.Index.UpsertAsync(db, new SearchDocument(kind + ".other", Guid.NewGuid(), null, "Protezione dei dati", ""), CancellationToken.None);
        }

        Assert.Equal([course], await KeysAsync("protezione dati"));
    }

    [Fact]
    public async Task A_network_search_finds_only_that_networks_documents()
    {
        var network = Guid.NewGuid();
        var ours = await AddAsync("Bilancio comunale", "", network);
        var theirs = await AddAsync("Bilancio comunale", "", Guid.NewGuid());

        await using var db = Context();
        var inNetwork = await database.Index.SearchAsync(db, kind, network, "bilancio", 10, CancellationToken.None);
        var everywhere = await KeysAsync("bilancio");

        Assert.Equal([ours], inNetwork.Select(h => h.Key));
        Assert.Equal(2, everywhere.Count);
        Assert.Contains(theirs, everywhere);
    }

    [Fact]
    public async Task A_write_rolled_back_by_the_caller_leaves_no_index_row()
    {
        await using var db = Context();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await database.Index.UpsertAsync(db, new SearchDocument(kind, Guid.NewGuid(), null, "Transizione ecologica", ""), CancellationToken.None);
            await transaction.RollbackAsync();
        }

        Assert.Empty(await KeysAsync("transizione"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(a b)")]
    [InlineData("OR")]
    [InlineData("formazione OR")]
    [InlineData("'; drop table plt_search_documents; --")]
    [InlineData("\"formazione\" AND NOT digitale*")]
    [InlineData("a:* & !b | (c <-> d)")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0")]
    [InlineData("il la di")]
    [InlineData("😀 ∑ 中文")]
    public async Task Hostile_input_returns_a_clean_result(string query)
    {
        var key = await AddAsync("Formazione digitale", "");

        await using var db = Context();
        var hits = await database.Index.SearchAsync(db, kind, null, query, 10, CancellationToken.None);

        Assert.DoesNotContain(hits, h => h.Key != key);
        Assert.Equal([key], await KeysAsync("formazione"));
    }

    [Fact]
    public async Task A_thousand_character_query_returns_a_clean_result()
    {
        var key = await AddAsync("Formazione digitale", "");

        Assert.Empty(await KeysAsync(new string('x', 1000)));
        Assert.Equal([key], await KeysAsync(string.Concat(Enumerable.Repeat("formazione \"* ", 72))[..1000]));
    }

    [Fact]
    public async Task Hostile_text_in_a_document_is_stored_as_text()
    {
        var key = await AddAsync("\"'; drop table plt_search_documents; -- NEAR(", "body with \"quotes\" and * OR -minus");

        Assert.Equal([key], await KeysAsync("drop table"));
        Assert.Equal([key], await KeysAsync("quotes minus"));
    }

    [Fact]
    public async Task The_host_registers_the_index_of_its_database_provider()
    {
        await using var factory = new BottegaAppFactory(database.Options);

        var index = factory.Services.GetRequiredService<IFullTextIndex>();

        Assert.StartsWith(database.Options.Provider == DatabaseProvider.Postgres ? "Postgres" : "Sqlite", index.GetType().Name, StringComparison.Ordinal);
    }

    private DbContext Context() => database.CreateContext();

    private async Task<Guid> AddAsync(string title, string body, Guid? network = null)
    {
        var key = Guid.NewGuid();
        await using var db = Context();
        await database.Index.UpsertAsync(db, new SearchDocument(kind, key, network, title, body), CancellationToken.None);
        return key;
    }

    private async Task<List<Guid>> KeysAsync(string query)
    {
        await using var db = Context();
        var hits = await database.Index.SearchAsync(db, kind, null, query, 10, CancellationToken.None);
        return [.. hits.Select(h => h.Key)];
    }
}
