using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Events.Features.Management;
using Bottega.Events.Features.Scheduling;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Events.Tests.Management;

public sealed class EventAdministrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private static readonly DateOnly Day = new(2030, 5, 14);

    public static TheoryData<string, string> BadEvents => new()
    {
        { "title", "Scrivi il titolo dell'evento (al massimo 200 caratteri)." },
        { "long-title", "Scrivi il titolo dell'evento (al massimo 200 caratteri)." },
        { "capacity", "I posti devono essere almeno 1 (lascia vuoto per non porre limiti)." },
        { "threshold-low", "La soglia di presenza deve essere tra 10 e 100 per cento." },
        { "threshold-high", "La soglia di presenza deve essere tra 10 e 100 per cento." },
        { "course", "Scegli un corso del catalogo della rete." },
        { "closing-missing-time", SessionTimes.MissingTimeError },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task Creating_an_event_with_bad_input_is_refused_with_a_clear_message(string bad, string message)
    {
        var form = EventArrange.Form(EventArrange.Unique("Webinar"));
        switch (bad)
        {
            case "title": form.Title = "  "; break;
            case "long-title": form.Title = new string('a', 201); break;
            case "capacity": form.Capacity = 0; break;
            case "threshold-low": form.AttendanceThresholdPercent = 9; break;
            case "threshold-high": form.AttendanceThresholdPercent = 101; break;
            case "course": form.CourseId = Guid.NewGuid(); break;
            case "closing-missing-time": form.RegistrationClosesOn = new DateOnly(2030, 3, 31); form.RegistrationClosesAt = new TimeOnly(2, 15); break;
        }

        var result = await CreateAsync(form);

        Assert.False(result.Succeeded);
        Assert.Equal(message, result.Error);
    }

    public static TheoryData<string, string> BadSessions => new()
    {
        { "no-day", "Indica il giorno e l'ora della sessione." },
        { "short", "La durata deve essere tra 15 e 600 minuti." },
        { "long", "La durata deve essere tra 15 e 600 minuti." },
        { "hours-high", "Le ore di formazione devono essere tra 0 e 40, con al massimo due decimali." },
        { "hours-decimals", "Le ore di formazione devono essere tra 0 e 40, con al massimo due decimali." },
        { "no-provider", "Per una sessione online scegli il servizio della riunione." },
        { "bbb", "BigBlueButton non è configurato su questa installazione: scegli un collegamento esterno." },
        { "bad-url", "Per una riunione esterna indica il suo indirizzo completo (http o https, al massimo 1000 caratteri)." },
        { "no-place", "Per una sessione in presenza indica il luogo (al massimo 500 caratteri)." },
        { "dst", SessionTimes.MissingTimeError },
    };

    [Theory]
    [MemberData(nameof(BadSessions))]
    public async Task Adding_a_session_with_bad_input_is_refused_with_a_clear_message(string bad, string message)
    {
        var eventId = (await CreateAsync(EventArrange.Form(EventArrange.Unique("Aula")))).Id;
        var form = EventArrange.Online(Day, new TimeOnly(10, 0));
        switch (bad)
        {
            case "no-day": form.Day = null; break;
            case "short": form.DurationMinutes = 14; break;
            case "long": form.DurationMinutes = 601; break;
            case "hours-high": form.Hours = 40.5m; break;
            case "hours-decimals": form.Hours = 1.255m; break;
            case "no-provider": form.Provider = MeetingProvider.None; break;
            case "bbb": form.Provider = MeetingProvider.BigBlueButton; break;
            case "bad-url": form.MeetingUrl = "javascript:alert(1)"; break;
            case "no-place": form.Online = false; form.Place = " "; break;
            case "dst": form.Day = new DateOnly(2030, 3, 31); form.Time = new TimeOnly(2, 30); break;
        }

        var result = await Act((events, actor) => events.AddSessionAsync(eventId, form, actor, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal(message, result.Error);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Set<EventSession>().CountAsync(s => s.EventId == eventId)));
    }

    [Fact]
    public async Task Registration_closing_after_the_first_session_is_refused()
    {
        var eventId = (await CreateAsync(EventArrange.Form(EventArrange.Unique("Chiusura")))).Id;
        await Act((events, actor) => events.AddSessionAsync(eventId, EventArrange.Online(Day, new TimeOnly(10, 0)), actor, CancellationToken.None));
        var form = EventArrange.Form("Chiusura tardiva");
        form.RegistrationClosesOn = Day;
        form.RegistrationClosesAt = new TimeOnly(11, 0);

        var result = await Act((events, actor) => events.UpdateAsync(eventId, form, actor, CancellationToken.None));

        Assert.Equal("La chiusura delle iscrizioni deve precedere l'inizio della prima sessione.", result.Error);
    }

    [Fact]
    public async Task Publishing_without_a_session_is_refused_and_the_event_stays_a_draft()
    {
        var eventId = (await CreateAsync(EventArrange.Form(EventArrange.Unique("Senza sessioni")))).Id;

        var result = await Act((events, actor) => events.PublishAsync(eventId, actor, CancellationToken.None));

        Assert.Equal("Aggiungi almeno una sessione prima di pubblicare l'evento.", result.Error);
        Assert.Equal(EventStatus.Draft, await app.Factory.QueryAsync(db => db.Set<LiveEvent>().IgnoreQueryFilters().Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Sessions_are_numbered_in_time_order_and_the_event_schedule_follows_every_change()
    {
        var eventId = (await CreateAsync(EventArrange.Form(EventArrange.Unique("Ciclo")))).Id;
        var later = (await Act((events, actor) => events.AddSessionAsync(eventId, EventArrange.Online(Day.AddDays(7), new TimeOnly(10, 0)), actor, CancellationToken.None))).Id;
        var earlier = (await Act((events, actor) => events.AddSessionAsync(eventId, EventArrange.Online(Day, new TimeOnly(10, 0)), actor, CancellationToken.None))).Id;

        var sessions = await Sessions(eventId);
        Assert.Equal([earlier, later], sessions.Select(s => s.Id));
        Assert.Equal([1, 2], sessions.Select(s => s.Number));
        var ev = await Event(eventId);
        Assert.Equal(sessions[0].StartsAt, ev.StartsAt);
        Assert.Equal(sessions[1].EndsAt, ev.EndsAt);

        await Act((events, actor) => events.RemoveSessionAsync(eventId, earlier, actor, CancellationToken.None));

        var remaining = Assert.Single(await Sessions(eventId));
        Assert.Equal(1, remaining.Number);
        Assert.Equal(remaining.StartsAt, (await Event(eventId)).StartsAt);
    }

    [Fact]
    public async Task A_weekly_repeat_adds_sessions_at_ten_in_Rome_across_the_October_change()
    {
        var eventId = (await CreateAsync(EventArrange.Form(EventArrange.Unique("Settimanale")))).Id;
        var form = EventArrange.Online(new DateOnly(2030, 10, 20), new TimeOnly(10, 0));
        form.RepeatWeeks = 2;

        await Act((events, actor) => events.AddSessionAsync(eventId, form, actor, CancellationToken.None));

        var sessions = await Sessions(eventId);
        Assert.Equal(3, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(10, Bottega.Platform.Localization.RomeTime.Of(s.StartsAt).Hour));
    }

    [Fact]
    public async Task A_session_someone_attended_cannot_be_removed()
    {
        var eventId = (await CreateAsync(EventArrange.Form(EventArrange.Unique("Presenze")))).Id;
        var first = (await Act((events, actor) => events.AddSessionAsync(eventId, EventArrange.Online(Day, new TimeOnly(9, 0)), actor, CancellationToken.None))).Id;
        await Act((events, actor) => events.AddSessionAsync(eventId, EventArrange.Online(Day.AddDays(1), new TimeOnly(9, 0)), actor, CancellationToken.None));
        var ev = await Event(eventId);
        var attendee = await app.Factory.UserIdAsync(DemoAccounts.ReferentOf(Network));
        await using (var db = app.Factory.Open())
        {
            var attendance = Bottega.Events.Domain.Attendance.Create(ev.NetworkId, eventId, first, attendee, ev.CreatedAt);
            attendance.Record(AttendanceSource.Manual, null, null, 90, null, null, null, null, true, ev.CreatedAt);
            db.Add(attendance);
            await db.SaveChangesAsync();
        }

        var result = await Act((events, actor) => events.RemoveSessionAsync(eventId, first, actor, CancellationToken.None));

        Assert.Equal("Qualcuno ha già partecipato a questa sessione: non si può eliminare.", result.Error);
        Assert.Equal(2, (await Sessions(eventId)).Count);
    }

    [Fact]
    public async Task Cancelling_emails_every_active_registrant_and_nobody_else_and_is_audited()
    {
        var title = EventArrange.Unique("Evento da annullare");
        var eventId = await EventArrange.EventAsync(app.Factory, Network, title, Day, new TimeOnly(15, 0));
        await EventArrange.RegisterAsync(app.Factory, eventId, DemoAccounts.ReferentOf(Network), RegistrationStatus.Confirmed);
        await EventArrange.RegisterAsync(app.Factory, eventId, DemoAccounts.ModeratorOf(Network), RegistrationStatus.Waitlisted);
        await EventArrange.RegisterAsync(app.Factory, eventId, DemoAccounts.TeacherOf(Network), RegistrationStatus.Cancelled);

        var result = await Act((events, actor) => events.CancelAsync(eventId, "Il relatore non è disponibile.", actor, CancellationToken.None));

        Assert.True(result.Succeeded);
        var mails = Directory.GetFiles(app.Factory.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains(title[^6..], StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Contains(DemoAccounts.ReferentOf(Network), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(mails, m => m.Contains(DemoAccounts.ModeratorOf(Network), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(mails, m => m.Contains(DemoAccounts.TeacherOf(Network), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(EventStatus.Cancelled, (await Event(eventId)).Status);
        Assert.Contains(await app.Factory.AuditAsync("events.cancelled"), a => a.TargetId == eventId.ToString());
        Assert.Contains(await app.Factory.AuditAsync("events.published"), a => a.TargetId == eventId.ToString());
        Assert.Equal("L'evento è già annullato.", (await Act((events, actor) => events.CancelAsync(eventId, "Ancora", actor, CancellationToken.None))).Error);
    }

    [Fact]
    public async Task The_audience_accepts_only_member_organizations_and_keeps_job_roles()
    {
        var eventId = (await CreateAsync(EventArrange.Form(EventArrange.Unique("Per pochi")))).Id;

        var refused = await Act((events, actor) => events.SetAudienceAsync(eventId, [Guid.NewGuid()], [], actor, CancellationToken.None));
        var saved = await Act((events, actor) => events.SetAudienceAsync(eventId, [], ["RUP", " rup ", "Dirigente"], actor, CancellationToken.None));

        Assert.Equal("Scegli enti aderenti alla rete.", refused.Error);
        Assert.True(saved.Succeeded);
        var roles = await app.Factory.QueryAsync(db => db.Set<EventAudience>().IgnoreQueryFilters().Where(a => a.EventId == eventId).Select(a => a.Value).ToListAsync());
        Assert.Equal(["Dirigente", "RUP"], roles.Order(StringComparer.Ordinal));
    }

    private Task<ManagementResult> CreateAsync(EventForm form) => Act((events, actor) => events.CreateAsync(form, actor, CancellationToken.None));

    private async Task<ManagementResult> Act(Func<EventAdministration, Guid, Task<ManagementResult>> work)
    {
        var actor = await app.Factory.UserIdAsync(DemoAccounts.AdminOf(Network));
        return await EventArrange.InNetworkAsync(app.Factory, Network, events => work(events, actor));
    }

    private Task<List<EventSession>> Sessions(Guid eventId) =>
        app.Factory.QueryAsync(db => db.Set<EventSession>().IgnoreQueryFilters().Where(s => s.EventId == eventId).OrderBy(s => s.Number).ToListAsync());

    private Task<LiveEvent> Event(Guid eventId) => app.Factory.QueryAsync(db => db.Set<LiveEvent>().IgnoreQueryFilters().SingleAsync(e => e.Id == eventId));
}
