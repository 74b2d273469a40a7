using Bottega.Demo;
using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Library.Tests.Prizes;

public sealed class DemoPrizeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_seeded_demo_prize_ran_end_to_end_with_three_jurors_and_a_published_ranking()
    {
        await using (var db = app.Factory.Open())
        {
            Assert.True(await DemoLibraryPrize.ExistsAsync(db, default));
        }

        var call = await app.Factory.QueryAsync(db => db.Set<PrizeCall>().IgnoreQueryFilters().SingleAsync(c => c.Title == DemoLibraryPrize.CallTitle));
        var entries = await app.Factory.QueryAsync(db => db.Set<PrizeEntry>().IgnoreQueryFilters().Where(e => e.CallId == call.Id).ToListAsync());
        var sheets = await app.Factory.QueryAsync(db => db.Set<JurorScoreSheet>().IgnoreQueryFilters().CountAsync(s => s.CallId == call.Id));
        var practices = await app.Factory.QueryAsync(db => db.Set<GoodPractice>().IgnoreQueryFilters().CountAsync(p => p.PrizeEntryId != null && p.Status == PracticeStatus.Published));

        Assert.Equal(PrizeCallStatus.RankingPublished, call.Status);
        Assert.Equal(3 * 6 - 1, sheets);
        Assert.Equal(2, entries.Count(e => e.IsWinner));
        Assert.Equal(2, practices);
        var page = await (await app.Factory.ClientFor("moderatore.rete-province-appalti@bottega.demo").GetAsync($"/reti/{PrizeArrange.Slug}/premi/{call.Id}/classifica")).Content.ReadAsStringAsync();
        Assert.Contains("Vincitore", page, StringComparison.Ordinal);
    }
}
