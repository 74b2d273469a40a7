using System.Net;
using Bottega.Credentials.Domain;
using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Bottega.Library.Tests.Prizes.PrizeArrange;

namespace Bottega.Library.Tests.Prizes;

/// <summary>
/// A call end to end through the pages: two categories, criteria weighted 3/2/1 (max 10), three jurors, four
/// organizations; one juror declares a conflict; the ranking is published. Sheet score = (3a+2b+c)/60·100.
/// <list type="bullet">
/// <item>E1: J1 (8,6,4) = 40/60, J2 (6,8,10) = 44/60, J3 in conflict → (40+44)/2/60·100 = 70.00</item>
/// <item>E2: J1 (7,7,7) = 42, J2 (5,5,5) = 30, J3 (9,6,3) = 42 → 38/60·100 = 63.33</item>
/// <item>E3: J1 (10,10,10) = 60, J2 (4,4,4) = 24, J3 (7,5,3) = 34 → (118/3)/60·100 = 65.56</item>
/// <item>E4: J1 (9,9,0) = 45, J2 (8,8,8) = 48, J3 (3,3,3) = 18 → 37/60·100 = 61.67</item>
/// </list>
/// </summary>
public sealed class PrizeCallJourneyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_call_runs_from_draft_to_a_published_ranking_with_winners_as_good_practices_and_award_badges()
    {
        var factory = app.Factory;
        var admin = factory.ClientFor(Admin);
        var callId = await OpenCallAsync(admin, "Premio di prova del percorso", ["Digitale", "Sostenibile"],
            [("Innovatività", 3, 10), ("Risultati", 2, 10), ("Replicabilità", 1, 10)], Jurors, award: "Ente premiato 2026");
        var categories = await CategoriesAsync(factory, callId);
        var criteria = await CriteriaAsync(factory, callId);
        var people = await SubmittersAsync(factory, 4);
        var e1 = await SubmitAsync(factory, callId, categories[0].Id, people[0], "Gare telematiche in un giorno");
        var e2 = await SubmitAsync(factory, callId, categories[0].Id, people[1], "Albo fornitori unico");
        var e3 = await SubmitAsync(factory, callId, categories[1].Id, people[2], "Criteri ambientali minimi applicati");
        var e4 = await SubmitAsync(factory, callId, categories[1].Id, people[3], "Mense scolastiche a filiera corta");
        await StartScoringAsync(admin, callId);
        var (j1, j2, j3) = (factory.ClientFor(Jurors[0]), factory.ClientFor(Jurors[1]), factory.ClientFor(Jurors[2]));

        var conflict = await j3.PostFormAsync(Scoring(callId, e1), $"{Scoring(callId, e1)}?handler=Conflitto", new Dictionary<string, string> { ["ConflictReason"] = "Ho lavorato per questo ente." });
        await ExpectAsync(conflict, HttpStatusCode.Redirect);
        await ScoreAllAsync(j1, callId, criteria, (e1, [8, 6, 4]), (e2, [7, 7, 7]), (e3, [10, 10, 10]), (e4, [9, 9, 0]));
        await ScoreAllAsync(j2, callId, criteria, (e1, [6, 8, 10]), (e2, [5, 5, 5]), (e3, [4, 4, 4]), (e4, [8, 8, 8]));
        await ScoreAllAsync(j3, callId, criteria, (e2, [9, 6, 3]), (e3, [7, 5, 3]));

        var provisional = await TextAsync(await admin.GetAsync($"/reti/{Slug}/premi/{callId}/classifica"));
        Assert.Contains("1 schede mancanti", provisional, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(people[0].Email).GetAsync($"/reti/{Slug}/premi/{callId}/classifica")).StatusCode);
        await ScoreAllAsync(j3, callId, criteria, (e4, [3, 3, 3]));

        var early = await admin.PostFormAsync(Manage(callId), $"{Manage(callId)}?handler=Pubblica", new Dictionary<string, string>());
        Assert.Contains("La valutazione è aperta fino al", await TextAsync(early), StringComparison.Ordinal);
        await ActAsync(admin, callId, "ChiudiValutazione");
        await ActAsync(admin, callId, "Pubblica");
        await ActAsync(admin, callId, "Pubblica");

        var entries = await factory.QueryAsync(db => db.Set<PrizeEntry>().IgnoreQueryFilters().Where(e => e.CallId == callId).ToDictionaryAsync(e => e.Id));
        Assert.Equal((1, 70.00m, true), (entries[e1].Rank!.Value, entries[e1].Score!.Value, entries[e1].IsWinner));
        Assert.Equal((2, 63.33m, false), (entries[e2].Rank!.Value, entries[e2].Score!.Value, entries[e2].IsWinner));
        Assert.Equal((1, 65.56m, true), (entries[e3].Rank!.Value, entries[e3].Score!.Value, entries[e3].IsWinner));
        Assert.Equal((2, 61.67m, false), (entries[e4].Rank!.Value, entries[e4].Score!.Value, entries[e4].IsWinner));

        var ranking = await factory.ClientFor(people[3].Email).GetDocumentAsync($"/reti/{Slug}/premi/{callId}/classifica");
        var rows = ranking.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td, th").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["1", "2", "1", "2"], rows.Select(r => r[0]));
        Assert.Equal(["70,0", "63,3", "65,6", "61,7"], rows.Select(r => r[3]));
        Assert.Equal([people[0].OrganizationName, people[1].OrganizationName, people[2].OrganizationName, people[3].OrganizationName], rows.Select(r => r[2]));
        Assert.StartsWith("Gare telematiche in un giorno", rows[0][1], StringComparison.Ordinal);
        Assert.Contains("Vincitore", rows[0][1], StringComparison.Ordinal);
        Assert.DoesNotContain("Vincitore", rows[1][1], StringComparison.Ordinal);

        var practices = await factory.QueryAsync(db => db.Set<GoodPractice>().IgnoreQueryFilters().Where(p => p.PrizeEntryId == e1 || p.PrizeEntryId == e3).ToListAsync());
        Assert.Equal(2, practices.Count);
        Assert.All(practices, p => Assert.Equal(PracticeStatus.Published, p.Status));
        Assert.Contains(practices, p => p.OrganizationId == people[0].OrganizationId && p.Title == "Gare telematiche in un giorno" && p.Contacts == "ufficio.gare@example.org");
        var awarded = await factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters()
            .Join(db.Set<Achievement>().IgnoreQueryFilters().Where(a => a.AwardKey == $"premio-{callId:N}"), c => c.AchievementId, a => a.Id, (c, a) => c.RecipientOrganizationId)
            .ToListAsync());
        Assert.Equal(new[] { people[0].OrganizationId, people[2].OrganizationId }.Order(), awarded.Select(o => o!.Value).Order());
        Assert.Single(await factory.AuditAsync("library.prize.ranking.published"), a => a.TargetId == callId.ToString());
    }

    private static async Task ScoreAllAsync(HttpClient juror, Guid callId, IReadOnlyList<PrizeCriterion> criteria, params (Guid Entry, int[] Values)[] sheets)
    {
        foreach (var (entry, values) in sheets)
        {
            await ExpectAsync(await ScoreAsync(juror, callId, entry, criteria, values), HttpStatusCode.Redirect);
        }
    }
}
