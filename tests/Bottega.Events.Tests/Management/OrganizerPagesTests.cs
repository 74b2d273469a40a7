using System.Net;
using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Events.Tests.Management;

public sealed class OrganizerPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private static readonly DateOnly Day = new(2030, 6, 11);

    [Fact]
    public async Task A_member_who_is_not_an_organizer_cannot_open_the_organizer_pages()
    {
        var eventId = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Riservato"), Day, new TimeOnly(10, 0));
        var member = app.Factory.ClientFor(DemoAccounts.ReferentOf(Network));

        Assert.True((await member.GetAsync($"/reti/{Network}/eventi/gestione")).IsDenied());
        Assert.True((await member.GetAsync($"/reti/{Network}/eventi/gestione/nuovo")).IsDenied());
        Assert.True((await member.GetAsync($"/reti/{Network}/eventi/gestione/{eventId}")).IsDenied());
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).GetAsync($"/reti/{Network}/eventi/gestione/{eventId}")).StatusCode);
    }

    [Fact]
    public async Task A_member_who_is_not_an_organizer_cannot_post_to_the_organizer_pages_and_nothing_changes()
    {
        var eventId = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Bozza protetta"), Day, new TimeOnly(10, 0), publish: false);
        var sessionId = await app.Factory.QueryAsync(db => db.Set<EventSession>().IgnoreQueryFilters().Where(s => s.EventId == eventId).Select(s => s.Id).FirstAsync());
        var member = app.Factory.ClientFor(DemoAccounts.ReferentOf(Network));
        var tokenPage = $"/reti/{Network}/eventi/calendario-personale";
        var manage = $"/reti/{Network}/eventi/gestione/{eventId}";
        string[] actions =
        [
            $"{manage}?handler=Publish", $"{manage}?handler=Cancel", $"{manage}?handler=AddSession", $"{manage}?handler=Audience", manage,
            $"{manage}/sessioni/{sessionId}/presenze?handler=Register", $"{manage}/sessioni/{sessionId}/riunione?handler=End",
            $"{manage}/sessioni/{sessionId}/riunione?handler=RecordingUrl",
        ];

        foreach (var action in actions)
        {
            var response = await member.PostFormAsync(tokenPage, action, new Dictionary<string, string>
            {
                ["Reason"] = "prova",
                ["Confirm"] = "true",
                ["Input.Title"] = "Cambiato",
                ["present"] = Guid.NewGuid().ToString(),
                ["url"] = "https://example.org/r",
            });
            Assert.True(response.IsDenied(), $"{action}: {(int)response.StatusCode}");
        }

        var stored = await app.Factory.QueryAsync(db => db.Set<LiveEvent>().IgnoreQueryFilters().SingleAsync(e => e.Id == eventId));
        Assert.Equal(EventStatus.Draft, stored.Status);
        Assert.NotEqual("Cambiato", stored.Title);
    }

    [Fact]
    public async Task Another_networks_event_is_not_found_even_for_that_networks_admin()
    {
        var eventId = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Della RUP"), Day, new TimeOnly(10, 0));
        var otherAdmin = app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Anci));

        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/reti/{DemoAccounts.Anci}/eventi/{eventId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/reti/{DemoAccounts.Anci}/eventi/gestione/{eventId}")).StatusCode);
        Assert.True((await otherAdmin.GetAsync($"/reti/{Network}/eventi/{eventId}")).IsDenied());
    }

    [Fact]
    public async Task A_draft_is_a_404_for_members_and_visible_to_organizers()
    {
        var eventId = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Bozza"), Day, new TimeOnly(10, 0), publish: false);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(DemoAccounts.ModeratorOf(Network)).GetAsync($"/reti/{Network}/eventi/{eventId}")).StatusCode);
        var page = await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).GetDocumentAsync($"/reti/{Network}/eventi/{eventId}");
        Assert.NotNull(page.QuerySelector($"a[href='/reti/{Network}/eventi/gestione/{eventId}']"));
    }

    [Fact]
    public async Task An_organizer_creates_a_draft_through_the_form_and_a_bad_title_is_explained_on_the_page()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var url = $"/reti/{Network}/eventi/gestione/nuovo";
        var title = EventArrange.Unique("Webinar sul codice");

        var refused = await admin.PostFormAsync(url, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Kind"] = "Webinar", ["Input.AttendanceThresholdPercent"] = "75" });
        var created = await admin.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Kind"] = "Webinar",
            ["Input.RegistrationMode"] = "Open",
            ["Input.Capacity"] = "",
            ["Input.AttendanceThresholdPercent"] = "75",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Scrivi il titolo dell&#x27;evento", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var ev = await app.Factory.QueryAsync(db => db.Set<LiveEvent>().IgnoreQueryFilters().SingleAsync(e => e.Title == title));
        Assert.Equal(EventStatus.Draft, ev.Status);
        Assert.Null(ev.Capacity);
        Assert.Equal($"/reti/{Network}/eventi/gestione/{ev.Id}", created.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_organizer_adds_a_session_and_publishes_through_the_event_page()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var eventId = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Da pagina"), Day, new TimeOnly(10, 0), publish: false);
        var url = $"/reti/{Network}/eventi/gestione/{eventId}";

        var added = await admin.PostFormAsync(url, $"{url}?handler=AddSession", new Dictionary<string, string>
        {
            ["Session.Day"] = "2030-06-12",
            ["Session.Time"] = "14:30",
            ["Session.DurationMinutes"] = "120",
            ["Session.Online"] = "false",
            ["Session.Place"] = "Sala consiliare",
            ["Session.Hours"] = "2.5",
            ["Session.Provider"] = "None",
            ["Session.RepeatWeeks"] = "0",
        });
        var published = await admin.PostFormAsync(url, $"{url}?handler=Publish", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await admin.GetDocumentAsync(url);
        Assert.Contains("Sala consiliare", page.Body!.TextContent, StringComparison.Ordinal);
        var sessionId = await app.Factory.QueryAsync(db => db.Set<EventSession>().IgnoreQueryFilters().Where(s => s.EventId == eventId && s.Number == 2).Select(s => s.Id).SingleAsync());
        Assert.NotNull(page.QuerySelector($"a[href='{url}/sessioni/{sessionId}/presenze']"));
        Assert.NotNull(page.QuerySelector($"a[href='{url}/iscritti']"));
        Assert.Equal(EventStatus.Published, await app.Factory.QueryAsync(db => db.Set<LiveEvent>().IgnoreQueryFilters().Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync()));
    }
}
