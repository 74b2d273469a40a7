using System.Net;
using Bottega.Library.Domain;
using Bottega.Library.Features.Practices;
using Bottega.Platform.Search;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Bottega.Library.Tests.Practices.PracticeArrange;

namespace Bottega.Library.Tests.Practices;

public sealed class PracticeInputTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string> BadCases => new()
    {
        { "no-title", "Il titolo è obbligatorio." },
        { "no-results", "compila sintesi, problema, soluzione e risultati" },
        { "unknown-theme", "Il tema scelto non esiste" },
        { "too-many-tags", "Al massimo 10 etichette." },
        { "executable", "è un programma eseguibile" },
        { "mismatch", "il suo contenuto non corrisponde all'estensione" },
    };

    [Theory]
    [MemberData(nameof(BadCases))]
    public async Task Bad_input_is_refused_with_a_message_and_writes_nothing(string bad, string message)
    {
        var title = Unique("Errata");
        var fields = Fields(title);
        (string, byte[])? file = null;
        switch (bad)
        {
            case "no-title": fields["Input.Title"] = " "; fields["Input.Summary"] = title; break;
            case "no-results": fields["Input.Results"] = ""; break;
            case "unknown-theme": fields["Input.Theme"] = "astrologia"; break;
            case "too-many-tags": fields["Input.Tags"] = string.Join(',', Enumerable.Range(1, 11).Select(i => $"etichetta {i}")); break;
            case "executable": file = ("relazione.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]); break;
            case "mismatch": file = ("relazione.pdf", "non sono un PDF"u8.ToArray()); break;
        }

        var (id, response) = await CreateAsync(app.Factory.ClientFor(Author), fields, submit: bad == "no-results", file);

        Assert.Null(id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Set<GoodPractice>().IgnoreQueryFilters().CountAsync(p => p.Title == title || p.Summary == title)));
    }

    [Fact]
    public async Task Publishing_a_prize_winner_twice_makes_one_published_and_searchable_case()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var admin = await app.Factory.UserIdAsync(Admin);
        var entryId = Guid.NewGuid();
        var title = Unique("Premio innovazione");
        var content = new PracticeContent(title, "Vincitore del premio.", "Problema.", "Soluzione.", "Risultati: 30% di tempo risparmiato.", null, null, "transizione-digitale");

        var first = await PublishAsync(network.Id, content, admin, entryId);
        var second = await PublishAsync(network.Id, content, admin, entryId);

        Assert.Equal(first, second);
        Assert.Equal(1, await app.Factory.CountTitledAsync(title));
        var practice = await app.Factory.ReloadAsync(first);
        Assert.Equal(PracticeStatus.Published, practice.Status);
        Assert.Equal(entryId, practice.PrizeEntryId);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await using var db = app.Factory.Open();
        var hits = await scope.ServiceProvider.GetRequiredService<IFullTextIndex>().SearchAsync(db, PracticeSearchIndex.Kind, network.Id, title, 5, default);
        Assert.Contains(hits, h => h.Key == first);
    }

    private async Task<Guid> PublishAsync(Guid networkId, PracticeContent content, Guid actorId, Guid entryId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GoodPractices>().PublishFromPrizeAsync(networkId, content, null, actorId, entryId, default);
    }
}
