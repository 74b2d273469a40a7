using System.Net;
using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Bottega.Library.Tests.Prizes.PrizeArrange;

namespace Bottega.Library.Tests.Prizes;

/// <summary>Who may not submit, and who may not manage: another organization, an organization of a kind the call excludes, after closing, members, other networks.</summary>
public sealed class SubmissionRefusalTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Task<Guid> CallAsync(string[]? kinds = null) =>
        OpenCallAsync(app.Factory.ClientFor(Admin), $"Premio {Guid.NewGuid():N}", ["Unica"], [("Qualità", 1, 10)], [Jurors[0]], kinds);

    private static string Entry(Guid callId) => $"/reti/{Slug}/premi/{callId}/partecipa";

    private Task<int> EntriesAsync(Guid callId) => app.Factory.QueryAsync(db => db.Set<PrizeEntry>().IgnoreQueryFilters().CountAsync(e => e.CallId == callId));

    [Fact]
    public async Task A_member_cannot_submit_for_another_organization()
    {
        var callId = await CallAsync();
        var category = (await CategoriesAsync(app.Factory, callId))[0];
        var people = await SubmittersAsync(app.Factory, 2);

        var response = await app.Factory.ClientFor(people[0].Email).PostFormAsync(Entry(callId), EntryFields(category.Id, people[1].OrganizationId, "Non nostro"));

        Assert.Contains("Puoi candidare solo casi del tuo ente.", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await EntriesAsync(callId));
    }

    [Fact]
    public async Task A_member_of_an_organization_kind_the_call_excludes_cannot_submit()
    {
        var callId = await CallAsync(["Municipality"]);
        var category = (await CategoriesAsync(app.Factory, callId))[0];
        var person = (await SubmittersAsync(app.Factory, 1))[0];
        var client = app.Factory.ClientFor(person.Email);

        var call = await TextAsync(await client.GetAsync($"/reti/{Slug}/premi/{callId}"));
        var response = await client.PostFormAsync(Entry(callId), EntryFields(category.Id, person.OrganizationId, "Non ammesso"));

        Assert.Contains("Il bando non è aperto agli enti del tipo del tuo ente.", call, StringComparison.Ordinal);
        Assert.Contains("Il bando non è aperto agli enti del tipo del tuo ente.", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await EntriesAsync(callId));
    }

    [Fact]
    public async Task A_member_cannot_submit_after_submissions_close_nor_twice_in_a_category()
    {
        var callId = await CallAsync();
        var category = (await CategoriesAsync(app.Factory, callId))[0];
        var people = await SubmittersAsync(app.Factory, 2);
        await SubmitAsync(app.Factory, callId, category.Id, people[0], "Primo");
        var twice = await app.Factory.ClientFor(people[0].Email).PostFormAsync(Entry(callId), EntryFields(category.Id, people[0].OrganizationId, "Secondo"));
        await ActAsync(app.Factory.ClientFor(Admin), callId, "ChiudiCandidature");

        var late = await app.Factory.ClientFor(people[1].Email).PostFormAsync(Entry(callId), EntryFields(category.Id, people[1].OrganizationId, "Tardi"));

        Assert.Contains("Il tuo ente ha già una candidatura in questa categoria.", await TextAsync(twice), StringComparison.Ordinal);
        Assert.Contains("Le candidature sono chiuse", await TextAsync(late), StringComparison.Ordinal);
        Assert.Equal(1, await EntriesAsync(callId));
    }

    [Fact]
    public async Task A_member_withdraws_while_open_and_may_submit_again()
    {
        var callId = await CallAsync();
        var category = (await CategoriesAsync(app.Factory, callId))[0];
        var person = (await SubmittersAsync(app.Factory, 1))[0];
        var entryId = await SubmitAsync(app.Factory, callId, category.Id, person, "Primo");
        var page = $"/reti/{Slug}/premi/{callId}";

        await ExpectAsync(await app.Factory.ClientFor(person.Email).PostFormAsync(page, $"{page}?handler=Ritira&entryId={entryId}", new Dictionary<string, string>()), HttpStatusCode.Redirect);
        Assert.Equal(PrizeEntryStatus.Withdrawn, await app.Factory.QueryAsync(db => db.Set<PrizeEntry>().IgnoreQueryFilters().Where(e => e.Id == entryId).Select(e => e.Status).SingleAsync()));
        Assert.Equal(entryId, await SubmitAsync(app.Factory, callId, category.Id, person, "Di nuovo"));
    }

    [Fact]
    public async Task Members_are_denied_the_management_pages()
    {
        var callId = await CallAsync();
        var member = app.Factory.ClientFor(Jurors[0]);

        foreach (var url in new[] { $"/reti/{Slug}/gestione/premi", $"/reti/{Slug}/gestione/premi/nuovo", Manage(callId) })
        {
            Assert.True((await member.GetAsync(url)).IsDenied(), url);
        }

        var post = await member.PostFormAsync($"/reti/{Slug}/premi/{callId}", $"{Manage(callId)}?handler=Pubblica", new Dictionary<string, string>());
        Assert.True(post.IsDenied());
        var callPage = await (await member.GetAsync($"/reti/{Slug}/premi/{callId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"/gestione/premi/{callId}", callPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_network_finds_no_call_of_this_one()
    {
        var callId = await CallAsync();
        const string Other = "rup-italia";
        var otherAdmin = app.Factory.ClientFor($"admin.{Other}@bottega.demo");

        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/reti/{Other}/premi/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/reti/{Other}/gestione/premi/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/reti/{Other}/premi/{callId}/classifica")).StatusCode);
        Assert.DoesNotContain(callId.ToString(), await (await otherAdmin.GetAsync($"/reti/{Other}/premi")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
