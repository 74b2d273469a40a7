using System.Globalization;
using System.Reflection;
using System.Text;
using Bottega.Events.Domain;
using Bottega.Events.Features.Attendance;
using Bottega.Events.Features.Management;
using Bottega.Events.Features.Registrations;
using Bottega.Identity.Domain;
using Bottega.Learning.Domain;
using Bottega.Migrations;
using Bottega.Organizations.Domain;
using Bottega.Platform.Localization;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Demo;

/// <summary>
/// Live events seeded through the events module's own services, so the demo shows what they do: the provinces'
/// webinar of 150 seats that 160 people asked for (10 waited; two cancelled and the first two waiting were promoted),
/// its confirmations and reminders with .ics files in the pickup folder, the attendance exported by the meeting
/// provider and imported, the engagement figures and the hours in the attendees' ledgers; the ANCI smart-working
/// webinars linked to their course (the demo learner attended the first and is registered for the second); a RUP
/// virtual classroom with approval. The services run on a clock set back to when each step would have happened.
/// </summary>
internal sealed class DemoEvents(BottegaMigrationsContext db, IServiceProvider services, DateTime now)
{
    public const string ProvincesWebinar = "Il correttivo al codice dei contratti: cosa cambia per le province";
    public const int WebinarSeats = 150;
    public const int WebinarRequests = 160;

    private readonly Random random = new(606);

    public static Task<bool> ExistsAsync(BottegaMigrationsContext db, CancellationToken ct) =>
        db.Set<LiveEvent>().IgnoreQueryFilters().AnyAsync(ct);

    public async Task<int> CreateAsync(CancellationToken ct)
    {
        var networks = await db.Set<Network>().ToDictionaryAsync(n => n.Slug, ct);
        var events = 0;
        events += await ProvincesAsync(networks[DemoAccounts.Provinces], ct);
        events += await AnciAsync(networks[DemoAccounts.Anci], ct);
        events += await RupAsync(networks[DemoAccounts.Rup], ct);
        return events;
    }

    /// <summary>Yesterday's webinar at 10:00 Rome, seeded from its creation three weeks before to the attendance import.</summary>
    private async Task<int> ProvincesAsync(Network network, CancellationToken ct)
    {
        var start = RomeAt(RomeTime.DateOf(now).AddDays(-1), 10, 0);
        var people = await MembersAsync(network.Id, ct);
        var admin = await UserIdAsync(DemoAccounts.AdminOf(network.Slug), ct);
        var clock = new DemoClock(start.AddDays(-21));
        var eventId = await CreateEventAsync(network, clock, admin, new EventForm
        {
            Kind = EventKind.Webinar,
            Title = ProvincesWebinar,
            Description = """
                Un webinar per i RUP e gli uffici gare delle province sul decreto correttivo del codice dei contratti pubblici
                (d.lgs. 36/2023): le modifiche a rotazione, affidamenti diretti, revisione prezzi e digitalizzazione.

                **Programma**
                - Le novità del correttivo, articolo per articolo
                - Domande dei partecipanti
                """,
            RegistrationMode = RegistrationMode.Open,
            Capacity = WebinarSeats,
            AttendanceThresholdPercent = 75,
        }, [Online(start, 120, 2m, "https://meet.jit.si/bottega-province-correttivo", "Avv. Laura Conti (ANAC)\nDott. Paolo Rinaldi (Provincia di Cuneo)")], ct);

        // The network's teacher, moderator and referent come first, so a demo account can see the attendee's side.
        string[] staff = [DemoAccounts.TeacherOf(network.Slug), DemoAccounts.ModeratorOf(network.Slug), DemoAccounts.ReferentOf(network.Slug)];
        var registrants = people.Where(p => staff.Contains(p.Email)).Concat(people.Where(p => p.UserId != admin && !staff.Contains(p.Email)))
            .Take(WebinarRequests).ToList();
        foreach (var (person, i) in registrants.Select((p, i) => (p, i)))
        {
            clock.Now = start.AddDays(-20).AddMinutes(i * 97);
            await RegisterAsync(network, clock, eventId, person.UserId, ct);
        }

        // Two people with a seat cancel three days before: the first two on the waiting list take their seats.
        clock.Now = start.AddDays(-3);
        foreach (var person in registrants.Skip(10).Take(2))
        {
            await using var scope = Enter(network);
            await Create<Registrations>(scope.ServiceProvider, clock).CancelAsync(eventId, person.UserId, person.UserId, ct);
        }

        await RemindAsync(network, start, ct);
        var attendees = await SeatedAsync(eventId, registrants, ct);
        await ImportAttendanceAsync(network, eventId, start, 120, attendees, admin, withUnknown: true, ct);
        await AddFeedbackAsync(network.Id, eventId, attendees, start.AddHours(3), ct);
        return 1;
    }

    private async Task<int> AnciAsync(Network network, CancellationToken ct)
    {
        var people = await MembersAsync(network.Id, ct);
        var admin = await UserIdAsync(DemoAccounts.AdminOf(network.Slug), ct);
        var learner = await UserIdAsync(DemoAccounts.Learner, ct);
        var course = await db.Set<Course>().Where(c => c.NetworkId == network.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        var registrants = people.Where(p => p.UserId != admin).Take(24).ToList();
        if (registrants.All(p => p.UserId != learner))
        {
            registrants.Insert(0, people.Single(p => p.UserId == learner));
        }

        // The first webinar of the path, two weeks ago: the learner attended it (hours, the course's live session, a certificate).
        var first = RomeAt(RomeTime.DateOf(now).AddDays(-14), 15, 0);
        var clock = new DemoClock(first.AddDays(-30));
        var firstId = await CreateEventAsync(network, clock, admin, new EventForm
        {
            Kind = EventKind.Webinar,
            Title = "Lavoro agile 1 – Il quadro normativo e l'accordo individuale",
            Description = "Il primo dei due webinar del percorso sul lavoro agile: la legge 81/2017, il CCNL Funzioni locali e l'accordo individuale.",
            Capacity = 100,
            CourseId = course,
        }, [Online(first, 90, 1.5m, "https://meet.jit.si/bottega-anci-lavoro-agile-1", "Dott.ssa Chiara Bellini (ANCI Toscana)")], ct);
        foreach (var (person, i) in registrants.Select((p, i) => (p, i)))
        {
            clock.Now = first.AddDays(-25).AddHours(i * 5);
            await RegisterAsync(network, clock, firstId, person.UserId, ct);
        }

        var attendees = await SeatedAsync(firstId, registrants, ct);
        await ImportAttendanceAsync(network, firstId, first, 90, attendees, admin, withUnknown: false, ct);
        await AddFeedbackAsync(network.Id, firstId, attendees, first.AddHours(2), ct);

        // The second, in ten days: the learner has a seat and gets the reminders when it comes.
        var second = RomeAt(RomeTime.DateOf(now).AddDays(10), 15, 0);
        clock.Now = now.AddDays(-5);
        var secondId = await CreateEventAsync(network, clock, admin, new EventForm
        {
            Kind = EventKind.Webinar,
            Title = "Lavoro agile 2 – Organizzare il lavoro per obiettivi",
            Description = "Il secondo webinar del percorso: definire obiettivi misurabili, monitorare senza controllare, il diritto alla disconnessione.",
            Capacity = 100,
            CourseId = course,
        }, [Online(second, 90, 1.5m, "https://meet.jit.si/bottega-anci-lavoro-agile-2", "Dott.ssa Chiara Bellini (ANCI Toscana)")], ct);
        foreach (var (person, i) in registrants.Take(12).Select((p, i) => (p, i)))
        {
            clock.Now = now.AddDays(-4).AddHours(i * 3);
            await RegisterAsync(network, clock, secondId, person.UserId, ct);
        }

        return 2;
    }

    /// <summary>A virtual classroom of 20 next week, by approval: a few requests wait for the organizer.</summary>
    private async Task<int> RupAsync(Network network, CancellationToken ct)
    {
        var people = await MembersAsync(network.Id, ct);
        var admin = await UserIdAsync(DemoAccounts.AdminOf(network.Slug), ct);
        var start = RomeAt(RomeTime.DateOf(now).AddDays(7), 9, 30);
        var clock = new DemoClock(now.AddDays(-6));
        var eventId = await CreateEventAsync(network, clock, admin, new EventForm
        {
            Kind = EventKind.VirtualClassroom,
            Title = "Aula virtuale – La verifica dei requisiti nel fascicolo virtuale dell'operatore economico",
            Description = "Un'aula di venti RUP, con esercitazione guidata sul FVOE: webcam accese e domande a voce.",
            RegistrationMode = RegistrationMode.Approval,
            Capacity = 20,
        }, [Online(start, 180, 3m, "https://meet.jit.si/bottega-rup-fvoe", "Ing. Davide Marchetti"), Online(start.AddDays(7), 180, 3m, "https://meet.jit.si/bottega-rup-fvoe", "Ing. Davide Marchetti")], ct);
        foreach (var (person, i) in people.Where(p => p.UserId != admin).Take(14).Select((p, i) => (p, i)))
        {
            clock.Now = now.AddDays(-5).AddHours(i * 4);
            await RegisterAsync(network, clock, eventId, person.UserId, ct);
        }

        return 1;
    }

    private async Task<Guid> CreateEventAsync(Network network, DemoClock clock, Guid admin, EventForm form, IReadOnlyList<SessionForm> sessions, CancellationToken ct)
    {
        await using var scope = Enter(network);
        var administration = Create<EventAdministration>(scope.ServiceProvider, clock);
        var created = await administration.CreateAsync(form, admin, ct);
        Ensure(created.Succeeded, created.Error);
        foreach (var session in sessions)
        {
            var added = await administration.AddSessionAsync(created.Id, session, admin, ct);
            Ensure(added.Succeeded, added.Error);
        }

        var published = await administration.PublishAsync(created.Id, admin, ct);
        Ensure(published.Succeeded, published.Error);
        return created.Id;
    }

    private async Task RegisterAsync(Network network, DemoClock clock, Guid eventId, Guid personId, CancellationToken ct)
    {
        await using var scope = Enter(network);
        var outcome = await Create<Registrations>(scope.ServiceProvider, clock).RegisterAsync(eventId, personId, personId, ct);
        Ensure(outcome.Succeeded, outcome.Message);
    }

    /// <summary>The day-before and hour-before reminders, as the job would have sent them.</summary>
    private async Task RemindAsync(Network network, DateTime start, CancellationToken ct)
    {
        await using var scope = Enter(network);
        var reminders = scope.ServiceProvider.GetRequiredService<EventReminders>();
        await reminders.SendDueAsync(start.AddHours(-23), ct);
        await reminders.SendDueAsync(start.AddMinutes(-50), ct);
    }

    /// <summary>
    /// The provider's export in Bottega's template: most people stay to the end, some leave early (below the threshold),
    /// a few never come; webcam, talk time, chat and polls vary. The provinces' file also names two people nobody
    /// registered and has a row with a malformed time, to show the import's report.
    /// </summary>
    private async Task ImportAttendanceAsync(Network network, Guid eventId, DateTime start, int minutes, IReadOnlyList<(Guid UserId, string Email)> seated, Guid admin,
        bool withUnknown, CancellationToken ct)
    {
        var csv = new StringBuilder("email,joined_at,left_at,minutes,webcam_minutes,talk_seconds,chat_messages,poll_answers\n");
        foreach (var (person, i) in seated.Select((p, i) => (p, i)))
        {
            if (i % 13 == 12)
            {
                continue;
            }

            var joined = start.AddMinutes(random.Next(-5, 8));
            var stayed = i % 17 == 5 ? random.Next(25, 60) : minutes - random.Next(0, 10);
            var webcam = i % 3 == 0 ? random.Next(10, stayed) : 0;
            var talk = i % 2 == 0 ? random.Next(20, 400) : 0;
            csv.Append(CultureInfo.InvariantCulture, $"{person.Email},{Iso(joined)},{Iso(joined.AddMinutes(stayed))},{stayed},{webcam},{talk},{random.Next(0, 6)},{random.Next(0, 4)}\n");
        }

        if (withUnknown)
        {
            csv.Append(CultureInfo.InvariantCulture, $"ospite.esterno@example.org,{Iso(start)},{Iso(start.AddMinutes(minutes))},{minutes},0,0,1,0\n");
            csv.Append(CultureInfo.InvariantCulture, $"relatore@anac.example.it,{Iso(start)},{Iso(start.AddMinutes(minutes))},{minutes},{minutes},3000,4,0\n");
            csv.Append("m.rossi@example.org,ieri mattina,,60,0,0,0,0\n");
        }

        await using var scope = Enter(network);
        var imports = scope.ServiceProvider.GetRequiredService<AttendanceImports>();
        var sessionId = await db.Set<EventSession>().IgnoreQueryFilters().Where(s => s.EventId == eventId).Select(s => s.Id).SingleAsync(ct);
        var session = await imports.FindSessionAsync(eventId, sessionId, ct) ?? throw new InvalidOperationException("The demo session is missing.");
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        await using var stream = new MemoryStream(bytes);
        await imports.ImportCsvAsync(session, stream, bytes.Length, "presenze-esportate.csv", admin, ct);
    }

    private async Task AddFeedbackAsync(Guid networkId, Guid eventId, IReadOnlyList<(Guid UserId, string Email)> attendees, DateTime at, CancellationToken ct)
    {
        string?[] comments =
        [
            "Molto chiaro, utili gli esempi pratici.", null, "Avrei voluto più tempo per le domande.", null, "Ottimo, aspettiamo le slide.",
            null, "Audio a tratti disturbato, contenuti eccellenti.", null,
        ];
        foreach (var (person, i) in attendees.Where((_, i) => i % 3 == 0).Select((p, i) => (p, i)))
        {
            db.Add(Feedback.Create(networkId, eventId, person.UserId, i % 7 == 3 ? 3 : 4 + (i % 2), comments[i % comments.Length], at.AddMinutes(i * 7)));
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<List<(Guid UserId, string Email)>> SeatedAsync(Guid eventId, IReadOnlyList<(Guid UserId, string Email)> registrants, CancellationToken ct)
    {
        var seated = await db.Set<Registration>().IgnoreQueryFilters().Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed)
            .Select(r => r.UserId).ToListAsync(ct);
        return registrants.Where(p => seated.Contains(p.UserId)).ToList();
    }

    /// <summary>Active members of the network, the oldest first, with their e-mail.</summary>
    private async Task<List<(Guid UserId, string Email)>> MembersAsync(Guid networkId, CancellationToken ct)
    {
        var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters().Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.Email, u.CreatedAt })
            .OrderBy(x => x.CreatedAt).ThenBy(x => x.Email).ToListAsync(ct);
        return rows.Select(x => (x.UserId, x.Email!)).ToList();
    }

    private Task<Guid> UserIdAsync(string email, CancellationToken ct)
    {
        var normalized = email.ToUpperInvariant();
        return db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync(ct);
    }

    private AsyncServiceScope Enter(Network network)
    {
        var scope = services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        return scope;
    }

    /// <summary>A feature service on the demo's clock: its constructor's other dependencies come from the scope.</summary>
    private static T Create<T>(IServiceProvider scope, TimeProvider clock)
    {
        var constructor = typeof(T).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Single();
        var arguments = constructor.GetParameters()
            .Select(p => p.ParameterType == typeof(TimeProvider) ? clock : scope.GetRequiredService(p.ParameterType)).ToArray();
        return (T)constructor.Invoke(arguments);
    }

    private static SessionForm Online(DateTime startUtc, int minutes, decimal hours, string url, string speakers)
    {
        var rome = RomeTime.Of(startUtc);
        return new SessionForm
        {
            Day = DateOnly.FromDateTime(rome),
            Time = TimeOnly.FromDateTime(rome),
            DurationMinutes = minutes,
            Online = true,
            Provider = MeetingProvider.External,
            MeetingUrl = url,
            Speakers = speakers,
            Hours = hours,
        };
    }

    private static DateTime RomeAt(DateOnly day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), RomeTime.Zone);

    private static string Iso(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static void Ensure(bool succeeded, string? error)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException($"The demo events could not be seeded: {error}");
        }
    }

    private sealed class DemoClock(DateTime start) : TimeProvider
    {
        public DateTime Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(Now, DateTimeKind.Utc), TimeSpan.Zero);
    }
}
