using System.Net;
using Bottega.Events.Domain;
using Bottega.Testing;
using Xunit;

namespace Bottega.Events.Tests.Registrations;

public sealed class RegistrationPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = RegistrationArrange.Network;
    private const string TokenPage = $"/reti/{Network}/eventi/calendario-personale";

    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public async Task A_member_registers_and_cancels_from_the_event_page_and_returns_to_it()
    {
        var liveEvent = await Factory.EventAsync(capacity: 5);
        var person = (await Factory.MembersAsync(Network, 1))[0];
        var client = Factory.ClientFor(person.Email);
        var action = $"/reti/{Network}/eventi/{liveEvent.Id}/iscrizione";

        var registered = await client.PostFormAsync(TokenPage, action + "?handler=Register", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal($"/reti/{Network}/eventi/{liveEvent.Id}", registered.Headers.Location!.OriginalString);
        Assert.Equal(RegistrationStatus.Confirmed, Assert.Single(await Factory.RegistrationsAsync(liveEvent.Id)).Status);

        var cancelled = await client.PostFormAsync(TokenPage, action + "?handler=Cancel", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(RegistrationStatus.Cancelled, Assert.Single(await Factory.RegistrationsAsync(liveEvent.Id)).Status);
        Assert.Equal(0, (await Factory.ReloadAsync(liveEvent.Id)).ConfirmedCount);
    }

    [Fact]
    public async Task Another_networks_event_is_not_found()
    {
        var liveEvent = await Factory.EventAsync(slug: "accademia-langhe-roero");
        var client = Factory.ClientFor($"admin.{Network}@bottega.demo");

        var response = await client.PostFormAsync(TokenPage, $"/reti/{Network}/eventi/{liveEvent.Id}/iscrizione?handler=Register", new Dictionary<string, string>());
        var list = await client.GetAsync($"/reti/{Network}/eventi/gestione/{liveEvent.Id}/iscritti");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Empty(await Factory.RegistrationsAsync(liveEvent.Id));
    }

    [Fact]
    public async Task Only_organizers_and_referents_open_the_registrations_page()
    {
        var liveEvent = await Factory.EventAsync();
        var url = $"/reti/{Network}/eventi/gestione/{liveEvent.Id}/iscritti";
        var member = (await Factory.MembersAsync(Network, 1))[0];

        Assert.True((await Factory.ClientFor(member.Email).GetAsync(url)).IsDenied());
        Assert.True((await Factory.ClientFor("admin.accademia-langhe-roero@bottega.demo").GetAsync(url)).IsDenied());
        Assert.True((await Factory.ClientFor(null).GetAsync(url)).IsSignInChallenge());
        Assert.Equal(HttpStatusCode.OK, (await Factory.ClientFor($"admin.{Network}@bottega.demo").GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Factory.ClientFor($"docente.{Network}@bottega.demo").GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Factory.ClientFor($"referente.{Network}@bottega.demo").GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_organizer_finds_people_by_name_registers_them_approves_and_exports_the_list()
    {
        var liveEvent = await Factory.EventAsync(capacity: 5, mode: RegistrationMode.Approval);
        var people = await Factory.MembersAsync(Network, 2);
        await Factory.RegisterAsync(liveEvent.Id, people[0].Id);
        var admin = Factory.ClientFor($"admin.{Network}@bottega.demo");
        var url = $"/reti/{Network}/eventi/gestione/{liveEvent.Id}/iscritti";
        var pending = Assert.Single(await Factory.RegistrationsAsync(liveEvent.Id));

        var approved = await admin.PostFormAsync(url, url + "?handler=Approve", new Dictionary<string, string> { ["registrationId"] = pending.Id.ToString() });
        var name = (await Factory.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Id == people[1].Id).FullName)));
        var search = await admin.GetDocumentAsync(url + "?q=" + Uri.EscapeDataString(name));
        Assert.NotNull(search.QuerySelector($"input[name=persone][value='{people[1].Id}']"));
        var added = await admin.PostFormAsync(url, url + "?handler=Register", new Dictionary<string, string> { ["persone"] = people[1].Id.ToString() });
        var csv = await admin.GetAsync(url + "?handler=Csv");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.All(await Factory.RegistrationsAsync(liveEvent.Id), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Nome;E-mail;Ente;Stato;Iscritto il", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(people[0].Email, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(people[1].Email, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_referent_sees_and_registers_only_their_staff()
    {
        var liveEvent = await Factory.EventAsync(capacity: 10, mode: RegistrationMode.ByReferent);
        var organizationId = await Factory.ReferentOrganizationAsync(Network);
        var staff = await Factory.MembersAsync(Network, 2, o => o == organizationId);
        var stranger = (await Factory.MembersAsync(Network, 1, o => o != organizationId))[0];
        await Factory.RegisterAsync(liveEvent.Id, stranger.Id, await Factory.UserIdAsync($"admin.{Network}@bottega.demo"));
        var referent = Factory.ClientFor($"referente.{Network}@bottega.demo");
        var url = $"/reti/{Network}/eventi/gestione/{liveEvent.Id}/iscritti";

        var page = await referent.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector($"input[name=persone][value='{staff[0].Id}']"));
        Assert.DoesNotContain(stranger.Email, page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        await referent.PostFormAsync(url, url + "?handler=Register", new Dictionary<string, string> { ["persone"] = staff[0].Id.ToString() });
        await referent.PostFormAsync(url, url + "?handler=Register", new Dictionary<string, string> { ["persone"] = stranger.Id.ToString() });
        var cancelStranger = await referent.PostFormAsync(url, url + "?handler=Cancel", new Dictionary<string, string> { ["personId"] = stranger.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, cancelStranger.StatusCode);
        var registrations = (await Factory.RegistrationsAsync(liveEvent.Id)).ToDictionary(r => r.UserId, r => r.Status);
        Assert.Equal(RegistrationStatus.Confirmed, registrations[staff[0].Id]);
        Assert.Equal(RegistrationStatus.Confirmed, registrations[stranger.Id]);
        Assert.Equal(2, registrations.Count);
    }
}
