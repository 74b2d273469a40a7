using System.Net;
using System.Text.Json;
using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Events.Features.Attendance;
using Bottega.Platform.Privacy;
using Bottega.Platform.Tenancy;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Events.Tests.Attendance;

public sealed class FeedbackAndCertificateTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Slug = DemoAccounts.Academy;
    private static readonly DateTime Past = new(2026, 2, 12, 14, 0, 0, DateTimeKind.Utc);

    private BottegaAppFactory Factory => app.Factory;

    private HttpClient Organizer => Factory.ClientFor(DemoAccounts.TeacherOf(Slug));

    private static string TokenPage => $"/reti/{Slug}/formazione/ore";

    private async Task<TestSession> AttendedAsync(Person attendee, Person? absent = null)
    {
        var session = await AttendanceWorld.EventAsync(Factory, Slug, Past, absent is null ? [attendee] : [attendee, absent], hours: 3m,
            title: "Laboratorio di firma digitale");
        var csv = $"email,minutes\n{attendee.Email},60\n" + (absent is null ? "" : $"{absent.Email},10\n");
        await AttendanceWorld.ImportAsync(Organizer, session, csv);
        await Factory.DeliverOutboxAsync();
        return session;
    }

    private static Task<HttpResponseMessage> SendFeedbackAsync(HttpClient client, TestSession session, int rating, string comment) =>
        client.PostFormAsync(TokenPage, session.FeedbackUrl, new Dictionary<string, string> { ["Input.Rating"] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Comment"] = comment });

    private Task<List<Feedback>> FeedbackAsync(Guid eventId) =>
        Factory.QueryAsync(db => db.Set<Feedback>().IgnoreQueryFilters().AsNoTracking().Where(f => f.EventId == eventId).ToListAsync());

    [Fact]
    public async Task A_participant_gives_feedback_once_and_can_change_it_and_organizers_see_it_without_names()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, Past, people);
        var client = Factory.ClientFor(people[0].Email);

        Assert.Equal(HttpStatusCode.Redirect, (await SendFeedbackAsync(client, session, 4, "Utile")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SendFeedbackAsync(client, session, 2, "Troppo lungo, ma chiaro")).StatusCode);

        var saved = Assert.Single(await FeedbackAsync(session.EventId));
        Assert.Equal((2, "Troppo lungo, ma chiaro"), (saved.Rating, saved.Comment));
        var results = await Organizer.GetStringAsync(new Uri(session.ResultsUrl, UriKind.Relative));
        Assert.Contains("1 opinioni, valutazione media 2,0 su 5.", results, StringComparison.Ordinal);
        Assert.Contains("Troppo lungo, ma chiaro", results, StringComparison.Ordinal);
        Assert.DoesNotContain(people[0].Name, results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_is_refused_before_the_first_session_and_to_people_without_a_seat()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 2);
        var future = await AttendanceWorld.EventAsync(Factory, Slug, TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(10), [people[0]]);
        var past = await AttendanceWorld.EventAsync(Factory, Slug, Past, [people[0]]);

        var early = await SendFeedbackAsync(Factory.ClientFor(people[0].Email), future, 5, "Prima del tempo");
        var outsider = await SendFeedbackAsync(Factory.ClientFor(people[1].Email), past, 5, "Non c'ero");
        var page = await Factory.ClientFor(people[1].Email).GetStringAsync(new Uri(past.FeedbackUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("dopo l&#x27;inizio della prima sessione", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, outsider.StatusCode);
        Assert.Contains("Possono dare la loro opinione solo", page, StringComparison.Ordinal);
        Assert.Empty(await FeedbackAsync(future.EventId));
        Assert.Empty(await FeedbackAsync(past.EventId));
    }

    [Fact]
    public async Task Feedback_pages_of_another_network_are_not_found()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, Past, people);
        var elsewhere = session with { Slug = DemoAccounts.Rup };

        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup)).GetAsync(elsewhere.ResultsUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup)).GetAsync(elsewhere.FeedbackUrl)).StatusCode);
    }

    [Fact]
    public async Task An_attendee_downloads_a_certificate_of_attendance_and_anyone_else_gets_404()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 2);
        var session = await AttendedAsync(people[0], people[1]);

        var pdf = await Factory.ClientFor(people[0].Email).GetAsync(session.CertificateUrl);
        var absent = await Factory.ClientFor(people[1].Email).GetAsync(session.CertificateUrl);
        var otherNetwork = await Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup)).GetAsync((session with { Slug = DemoAccounts.Rup }).CertificateUrl);

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.True((await pdf.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith("%PDF"u8));
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherNetwork.StatusCode);
    }

    [Fact]
    public async Task A_person_sees_their_own_figures_hours_and_links()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 2);
        var session = await AttendedAsync(people[0], people[1]);
        var network = await Factory.NetworkAsync(Slug);
        using var scope = Factory.Services.CreateScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        var mine = scope.ServiceProvider.GetRequiredService<MyAttendance>();

        var attendee = await mine.ForAsync(session.EventId, people[0].Id, CancellationToken.None);
        var absent = await mine.ForAsync(session.EventId, people[1].Id, CancellationToken.None);

        Assert.NotNull(attendee);
        Assert.Equal((3m, true, true), (attendee.HoursEarned, attendee.CanDownloadCertificate, attendee.CanGiveFeedback));
        Assert.Equal(60, Assert.Single(attendee.Sessions).MinutesPresent);
        Assert.NotNull(absent);
        Assert.Equal((0m, false), (absent.HoursEarned, absent.CanDownloadCertificate));
        Assert.Equal(3m, await Factory.QueryAsync(db => db.Set<Learning.Domain.HoursEntry>()
            .Where(h => h.SourceId == session.SessionId && h.UserId == people[0].Id).Select(h => h.Hours).SingleAsync()));
    }

    [Fact]
    public async Task Personal_data_exports_and_erases_registrations_attendance_and_feedback()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var person = people[0];
        var session = await AttendedAsync(person);
        await SendFeedbackAsync(Factory.ClientFor(person.Email), session, 5, "Ottimo laboratorio");
        using var scope = Factory.Services.CreateScope();
        var events = scope.ServiceProvider.GetServices<IPersonalDataContributor>().Single(c => c.Section == "events");

        var json = JsonSerializer.Serialize(await events.ExportAsync(person.Id, CancellationToken.None));
        await events.EraseAsync(person.Id, CancellationToken.None);
        await events.EraseAsync(person.Id, CancellationToken.None);

        Assert.Contains("Laboratorio di firma digitale", json, StringComparison.Ordinal);
        Assert.Contains("Ottimo laboratorio", json, StringComparison.Ordinal);
        Assert.Contains("\"MinutesPresent\":60", json, StringComparison.Ordinal);
        Assert.Empty(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
        Assert.Empty(await FeedbackAsync(session.EventId));
        Assert.False(await Factory.QueryAsync(db => db.Set<Registration>().IgnoreQueryFilters().AnyAsync(r => r.UserId == person.Id)));
        Assert.Equal(0, await Factory.QueryAsync(db => db.Set<LiveEvent>().IgnoreQueryFilters().Where(e => e.Id == session.EventId).Select(e => e.ConfirmedCount).SingleAsync()));
    }
}
