using System.Globalization;
using System.Net;
using System.Text;
using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Events.Features.Registrations;
using Bottega.Identity.Domain;
using Bottega.Learning.Domain;
using Bottega.Platform.Localization;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Events.Tests.Journey;

/// <summary>
/// The "done when", through the pages: the provinces' admin creates a 150-seat webinar and publishes it; 160
/// members register (10 wait); two cancel and the first two waiting are promoted; the reminders land in the pickup
/// folder with .ics files; the provider's attendance export is imported; the session shows its engagement figures and
/// the attendees find the hours in their ledger.
/// </summary>
public sealed class WebinarJourneyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Provinces;
    private const string Title = "Webinar di prova: il fascicolo virtuale dell'operatore economico";

    [Fact]
    public async Task A_150_seat_webinar_fills_promotes_after_cancellations_reminds_imports_attendance_and_credits_the_hours()
    {
        var factory = app.Factory;
        var admin = factory.ClientFor(DemoAccounts.AdminOf(Network));
        var day = RomeTime.DateOf(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(12);
        var start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(10, 0)), RomeTime.Zone);

        var created = await admin.PostFormAsync($"/reti/{Network}/eventi/gestione/nuovo", new Dictionary<string, string>
        {
            ["Input.Title"] = Title,
            ["Input.Kind"] = "Webinar",
            ["Input.RegistrationMode"] = "Open",
            ["Input.Capacity"] = "150",
            ["Input.AttendanceThresholdPercent"] = "75",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var manage = created.Headers.Location!.OriginalString;
        var eventId = Guid.Parse(manage[(manage.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var added = await admin.PostFormAsync(manage, $"{manage}?handler=AddSession", new Dictionary<string, string>
        {
            ["Session.Day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Session.Time"] = "10:00",
            ["Session.DurationMinutes"] = "120",
            ["Session.Online"] = "true",
            ["Session.Provider"] = "External",
            ["Session.MeetingUrl"] = "https://meet.jit.si/bottega-prova-fvoe",
            ["Session.Hours"] = "2",
            ["Session.RepeatWeeks"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(manage, $"{manage}?handler=Publish", new Dictionary<string, string>())).StatusCode);

        // 160 members register through the event's registration form.
        var people = await MembersAsync(160);
        var eventPage = $"/reti/{Network}/eventi/{eventId}";
        foreach (var person in people)
        {
            var response = await factory.ClientFor(person.Email).PostFormAsync(eventPage, $"{eventPage}/iscrizione?handler=Register", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal((150, 10), await CountsAsync(eventId));

        // Two with a seat cancel: the first two on the waiting list get them.
        var waiting = await RegistrationsAsync(eventId, RegistrationStatus.Waitlisted);
        foreach (var person in people.Take(2))
        {
            var response = await factory.ClientFor(person.Email).PostFormAsync(eventPage, $"{eventPage}/iscrizione?handler=Cancel", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal((150, 8), await CountsAsync(eventId));
        var confirmed = await RegistrationsAsync(eventId, RegistrationStatus.Confirmed);
        Assert.Contains(waiting[0], confirmed);
        Assert.Contains(waiting[1], confirmed);
        Assert.DoesNotContain(waiting[2], confirmed);

        // The reminders a day and an hour before, each with the session's .ics.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var reminders = scope.ServiceProvider.GetRequiredService<EventReminders>();
            await reminders.SendDueAsync(start.AddHours(-23), CancellationToken.None);
            await reminders.SendDueAsync(start.AddMinutes(-50), CancellationToken.None);
        }

        var promoted = people.Single(p => p.UserId == waiting[0]);
        var mails = Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText)
            .Where(m => m.Contains(promoted.Email, StringComparison.OrdinalIgnoreCase) && m.Contains("fascicolo virtuale", StringComparison.Ordinal)).ToList();
        Assert.True(mails.Count(m => m.Contains("text/calendar", StringComparison.Ordinal)) >= 3, $"{mails.Count} mails to the promoted person, fewer than 3 with an .ics");

        // The provider's export: everyone with a seat but five stays to the end; a third have their webcam on, half speak.
        var seated = people.Where(p => confirmed.Contains(p.UserId)).ToList();
        var csv = new StringBuilder("email,joined_at,left_at,minutes,webcam_minutes,talk_seconds,chat_messages,poll_answers\n");
        foreach (var (person, i) in seated.Skip(5).Select((p, i) => (p, i)))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{person.Email},{start:yyyy-MM-ddTHH:mm:ssZ},{start.AddMinutes(118):yyyy-MM-ddTHH:mm:ssZ},118,{(i % 3 == 0 ? 60 : 0)},{(i % 2 == 0 ? 120 : 0)},2,1\n");
        }

        var sessionId = await factory.QueryAsync(db => db.Set<EventSession>().IgnoreQueryFilters().Where(s => s.EventId == eventId).Select(s => s.Id).SingleAsync());
        var attendance = $"/reti/{Network}/eventi/gestione/{eventId}/sessioni/{sessionId}/presenze";
        var imported = await admin.PostFileFormAsync(attendance, $"{attendance}?handler=Import", new Dictionary<string, string>(), "file", "presenze.csv",
            Encoding.UTF8.GetBytes(csv.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        await factory.DeliverOutboxAsync();

        var figures = WebUtility.HtmlDecode(await admin.GetStringAsync(attendance));
        Assert.Contains("Presenti (soglia raggiunta)", figures, StringComparison.Ordinal);
        Assert.Equal(145, await factory.QueryAsync(db => db.Set<Bottega.Events.Domain.Attendance>().IgnoreQueryFilters().CountAsync(a => a.SessionId == sessionId && a.Attended)));

        // An attendee sees the two hours in their ledger; someone who did not come does not.
        var attendee = seated[10];
        var hours = await factory.QueryAsync(db => db.Set<HoursEntry>().Where(h => h.UserId == attendee.UserId && h.SourceId == sessionId).ToListAsync());
        Assert.Equal(2m, Assert.Single(hours).Hours);
        Assert.Contains(Title, WebUtility.HtmlDecode(await factory.ClientFor(attendee.Email).GetStringAsync($"/reti/{Network}/formazione/ore")), StringComparison.Ordinal);
        var absent = seated[0];
        Assert.False(await factory.QueryAsync(db => db.Set<HoursEntry>().AnyAsync(h => h.UserId == absent.UserId && h.SourceId == sessionId)));
    }

    private Task<List<(Guid UserId, string Email)>> MembersAsync(int count) => app.Factory.QueryAsync(async db =>
    {
        var network = await db.Set<Organizations.Domain.Network>().SingleAsync(n => n.Slug == Network);
        var adminEmail = DemoAccounts.AdminOf(Network).ToUpperInvariant();
        var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters().Where(m => m.NetworkId == network.Id && m.Status == MembershipStatus.Active)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.NormalizedEmail })
            .Where(x => x.NormalizedEmail != adminEmail).OrderBy(x => x.Email).Take(count).ToListAsync();
        return rows.Select(x => (x.Id, x.Email!)).ToList();
    });

    private Task<(int Confirmed, int Waiting)> CountsAsync(Guid eventId) => app.Factory.QueryAsync(async db =>
    {
        var statuses = await db.Set<Registration>().IgnoreQueryFilters().Where(r => r.EventId == eventId).Select(r => r.Status).ToListAsync();
        return (statuses.Count(s => s == RegistrationStatus.Confirmed), statuses.Count(s => s == RegistrationStatus.Waitlisted));
    });

    private Task<List<Guid>> RegistrationsAsync(Guid eventId, RegistrationStatus status) => app.Factory.QueryAsync(db =>
        db.Set<Registration>().IgnoreQueryFilters().Where(r => r.EventId == eventId && r.Status == status).OrderBy(r => r.RegisteredAt).Select(r => r.UserId).ToListAsync());
}
