using System.Net;
using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Bottega.Library.Tests.Prizes.PrizeArrange;

namespace Bottega.Library.Tests.Prizes;

/// <summary>What jurors cannot do: score twice, outside the dates or in conflict; and what nobody outside the jury may see.</summary>
public sealed class JuryRefusalTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<(Guid CallId, Guid EntryId, List<PrizeCriterion> Criteria, Submitter Submitter)> CallWithOneEntryAsync(bool scoringOpen)
    {
        var admin = app.Factory.ClientFor(Admin);
        var callId = await OpenCallAsync(admin, $"Premio {Guid.NewGuid():N}", ["Unica"], [("Qualità", 1, 10)], [Jurors[0], Jurors[1]]);
        var category = (await CategoriesAsync(app.Factory, callId))[0];
        var submitter = (await SubmittersAsync(app.Factory, 1))[0];
        var entryId = await SubmitAsync(app.Factory, callId, category.Id, submitter, "Un caso anonimo");
        await StartScoringAsync(admin, callId, scoringOpen);
        return (callId, entryId, await CriteriaAsync(app.Factory, callId), submitter);
    }

    [Fact]
    public async Task A_juror_cannot_score_the_same_entry_twice_not_even_at_once()
    {
        var (callId, entryId, criteria, _) = await CallWithOneEntryAsync(scoringOpen: true);
        var juror = app.Factory.ClientFor(Jurors[0]);

        var racing = await Task.WhenAll(ScoreAsync(juror, callId, entryId, criteria, 7), ScoreAsync(juror, callId, entryId, criteria, 8));
        var again = await ScoreAsync(juror, callId, entryId, criteria, 9);

        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Contains("Hai già valutato questa candidatura", await TextAsync(again), StringComparison.Ordinal);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Set<JurorScoreSheet>().IgnoreQueryFilters().CountAsync(s => s.EntryId == entryId)));
    }

    [Fact]
    public async Task A_juror_cannot_score_before_scoring_opens_and_is_told_the_dates()
    {
        var (callId, entryId, criteria, _) = await CallWithOneEntryAsync(scoringOpen: false);

        var response = await ScoreAsync(app.Factory.ClientFor(Jurors[0]), callId, entryId, criteria, 7);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"La valutazione non è ancora aperta: si valuta dal \d\d/\d\d/\d{4} \d\d:\d\d al", await TextAsync(response));
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Set<JurorScoreSheet>().IgnoreQueryFilters().CountAsync(s => s.EntryId == entryId)));
    }

    [Fact]
    public async Task A_juror_cannot_score_after_scoring_closes()
    {
        var (callId, entryId, criteria, _) = await CallWithOneEntryAsync(scoringOpen: true);
        var juror = app.Factory.ClientFor(Jurors[0]);
        var token = Scoring(callId, entryId);
        var page = await juror.GetDocumentAsync(token);
        await ActAsync(app.Factory.ClientFor(Admin), callId, "ChiudiValutazione");

        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            [$"Scores[{criteria[0].Id}]"] = "7",
        };
        using var content = new FormUrlEncodedContent(fields);
        var response = await juror.PostAsync(new Uri(token, UriKind.Relative), content);

        Assert.Contains("La valutazione è chiusa: si poteva valutare dal", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Set<JurorScoreSheet>().IgnoreQueryFilters().CountAsync(s => s.EntryId == entryId)));
    }

    [Fact]
    public async Task A_juror_cannot_score_an_entry_after_declaring_a_conflict_on_it()
    {
        var (callId, entryId, criteria, _) = await CallWithOneEntryAsync(scoringOpen: true);
        var juror = app.Factory.ClientFor(Jurors[1]);
        var page = Scoring(callId, entryId);
        var token = (await juror.GetDocumentAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await ExpectAsync(await juror.PostFormAsync(page, $"{page}?handler=Conflitto", new Dictionary<string, string> { ["ConflictReason"] = "Mio ente." }), HttpStatusCode.Redirect);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [$"Scores[{criteria[0].Id}]"] = "7" });
        var response = await juror.PostAsync(new Uri(page, UriKind.Relative), content);
        var list = await TextAsync(await juror.GetAsync($"/reti/{Slug}/premi/{callId}/giuria"));

        Assert.Contains("Hai dichiarato un conflitto di interessi su questa candidatura", await TextAsync(response), StringComparison.Ordinal);
        Assert.DoesNotContain("Un caso anonimo", list, StringComparison.Ordinal);
        Assert.Contains("Conflitto dichiarato", list, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Set<JurorScoreSheet>().IgnoreQueryFilters().CountAsync(s => s.EntryId == entryId)));
    }

    [Fact]
    public async Task Someone_outside_the_jury_finds_no_jury_page()
    {
        var (callId, entryId, _, submitter) = await CallWithOneEntryAsync(scoringOpen: true);

        foreach (var email in new[] { submitter.Email, Jurors[2] })
        {
            var client = app.Factory.ClientFor(email);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reti/{Slug}/premi/{callId}/giuria")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Scoring(callId, entryId))).StatusCode);
        }
    }

    [Fact]
    public async Task Jurors_read_entries_without_organization_submitter_or_contacts()
    {
        var (callId, entryId, _, submitter) = await CallWithOneEntryAsync(scoringOpen: true);
        var juror = app.Factory.ClientFor(Jurors[0]);

        var list = await (await juror.GetAsync($"/reti/{Slug}/premi/{callId}/giuria")).Content.ReadAsStringAsync();
        var entry = await (await juror.GetAsync(Scoring(callId, entryId))).Content.ReadAsStringAsync();

        Assert.Contains("C-01", list, StringComparison.Ordinal);
        Assert.Contains("Il problema del caso Un caso anonimo", entry, StringComparison.Ordinal);
        foreach (var page in new[] { list, entry })
        {
            Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(submitter.OrganizationName), page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(submitter.OrganizationName, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(submitter.Email, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ufficio.gare@example.org", page, StringComparison.Ordinal);
        }
    }
}
