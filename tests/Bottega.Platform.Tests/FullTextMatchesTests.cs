using Bottega.Platform.Search;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Platform.Tests;

/// <summary><see cref="IFullTextIndex.Matches"/> composed with LINQ: filtered by key, ordered by rank, counted and paged in the database.</summary>
public sealed class FullTextMatchesTests(SearchDatabase database) : IClassFixture<SearchDatabase>
{
    private readonly string kind = "test." + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Matches_are_ordered_by_rank_counted_and_paged_in_the_database()
    {
        var network = Guid.NewGuid();
        var inBody = await AddAsync("Corso per i comuni", "Il corso tratta anche gli appalti pubblici.", network);
        var inTitle = await AddAsync("Appalti pubblici", "Un corso per i comuni.", network);
        await AddAsync("Bilancio", "Nessuna parola cercata.", network);
        await AddAsync("Appalti pubblici", "Di un'altra rete.", Guid.NewGuid());

        await using var db = database.CreateContext();
        var matches = database.Index.Matches(db, kind, network, "appalto");

        Assert.Equal(2, await matches.CountAsync());
        Assert.Equal([inTitle, inBody], await matches.OrderByDescending(m => m.Rank).Select(m => m.Key).ToListAsync());
        Assert.Equal([inBody], await matches.OrderByDescending(m => m.Rank).Skip(1).Take(1).Select(m => m.Key).ToListAsync());
    }

    [Fact]
    public async Task Match_keys_compare_equal_to_guids_as_ef_writes_them()
    {
        var wanted = await AddAsync("Clausola sociale", "", null);
        await AddAsync("Clausola sociale", "", null);

        await using var db = database.CreateContext();
        var keys = new List<Guid> { wanted };

        Assert.Equal([wanted], await database.Index.Matches(db, kind, null, "clausole sociali").Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"); DROP TABLE plt_search_documents; --")]
    [InlineData("NEAR(a b) AND * OR ^")]
    public async Task Text_without_words_or_with_syntax_matches_safely(string text)
    {
        await AddAsync("Near and or", "", null);

        await using var db = database.CreateContext();

        Assert.True(await database.Index.Matches(db, kind, null, text).CountAsync() <= 1);
    }

    private async Task<Guid> AddAsync(string title, string body, Guid? network)
    {
        var key = Guid.NewGuid();
        await using var db = database.CreateContext();
        await database.Index.UpsertAsync(db, new SearchDocument(kind, key, network, title, body), CancellationToken.None);
        return key;
    }
}
