using System.Net;
using Bottega.Events.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using IcalCalendar = Ical.Net.Calendar;

namespace Bottega.Events.Tests.Registrations;

public sealed class CalendarFeedTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string PersonalPage = $"/reti/{RegistrationArrange.Network}/eventi/calendario-personale";

    // Sunday 24 October 2027, 10:00 in Rome (summer time), and a week later 10:00 again in winter time.
    private static readonly DateTime LastSummerSunday = new(2027, 10, 24, 8, 0, 0, DateTimeKind.Utc);

    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public async Task The_personal_feed_parses_back_with_Rome_times_across_the_daylight_saving_change()
    {
        var liveEvent = await Factory.EventAsync(capacity: 10, startsAt: LastSummerSunday, sessions: 2);
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 1))[0];
        await Factory.RegisterAsync(liveEvent.Id, person.Id);
        var url = await FeedUrlAsync(person.Email);

        var response = await Factory.ClientFor(null).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
        var sessions = calendar.Events.Where(e => e.Summary!.StartsWith(liveEvent.Title, StringComparison.Ordinal)).OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal("Europe/Rome", s.DtStart!.TzId));
        Assert.Equal(LastSummerSunday, sessions[0].DtStart!.AsUtc);
        Assert.Equal(10, sessions[0].DtStart!.Hour);
        Assert.Equal(LastSummerSunday.AddDays(7), sessions[1].DtStart!.AsUtc);
        Assert.Equal(9, sessions[1].DtStart!.Hour);
        Assert.All(sessions, s => Assert.DoesNotContain("meet.example.org", s.Location ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_called_off_event_stays_in_the_feed_as_cancelled()
    {
        var liveEvent = await Factory.EventAsync(capacity: 10);
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 2))[1];
        await Factory.RegisterAsync(liveEvent.Id, person.Id);
        await using (var db = Factory.Open())
        {
            var stored = db.Set<LiveEvent>().IgnoreQueryFilters().Single(e => e.Id == liveEvent.Id);
            stored.Cancel(RegistrationArrange.Now);
            await db.SaveChangesAsync();
        }

        var text = await Factory.ClientFor(null).GetStringAsync(new Uri(await FeedUrlAsync(person.Email), UriKind.Relative));

        var entry = Assert.Single(IcalCalendar.Load(text)!.Events, e => e.Summary == liveEvent.Title);
        Assert.Equal("CANCELLED", entry.Status);
    }

    [Fact]
    public async Task An_unknown_token_is_not_found_and_renewing_retires_the_old_address()
    {
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 3))[2];
        var anonymous = Factory.ClientFor(null);
        var old = await FeedUrlAsync(person.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendario/non-esiste.ics")).StatusCode);
        var renewed = await Factory.ClientFor(person.Email).PostFormAsync(PersonalPage, PersonalPage + "?handler=Renew", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        var current = await FeedUrlAsync(person.Email);

        Assert.NotEqual(old, current);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(current)).StatusCode);
    }

    [Fact]
    public async Task The_network_feed_lists_published_events_without_registrants_or_meeting_links()
    {
        var liveEvent = await Factory.EventAsync(capacity: 10);
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 1))[0];
        await Factory.RegisterAsync(liveEvent.Id, person.Id);
        var token = (await Factory.RegistrationsAsync(liveEvent.Id)).Single().JoinToken;

        var response = await Factory.ClientFor(null).GetAsync($"/reti/{RegistrationArrange.Network}/eventi/calendario.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(IcalCalendar.Load(text)!.Events, e => e.Summary == liveEvent.Title);
        Assert.DoesNotContain(person.Email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("/partecipa/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("meet.example.org", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor(null).GetAsync("/reti/rete-che-non-esiste/eventi/calendario.ics")).StatusCode);
    }

    private async Task<string> FeedUrlAsync(string email)
    {
        var page = await Factory.ClientFor(email).GetDocumentAsync(PersonalPage);
        var url = new Uri(page.QuerySelector("#feed-https")!.GetAttribute("value")!);
        Assert.StartsWith("webcal://", page.QuerySelector("a[href^='webcal://']")!.GetAttribute("href"), StringComparison.Ordinal);
        return url.PathAndQuery;
    }
}
