using System.Net;
using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Events.Tests.Attendance;

public sealed class CsvImportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Slug = DemoAccounts.Federation;
    private static readonly DateTime TenInRome = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    private BottegaAppFactory Factory => app.Factory;

    private HttpClient Organizer => Factory.ClientFor(DemoAccounts.TeacherOf(Slug));

    [Fact]
    public async Task Zoom_report_merges_rejoins_applies_the_threshold_and_reports_unknown_and_malformed_rows()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 3);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);
        var (a, b) = (people[0], people[1]);
        var csv = $"""
            Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
            812 3456 7890,Webinar,03/10/2026 09:58:00 AM,03/10/2026 11:02:00 AM,host@example.it,64,4

            Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
            {a.Name},{a.Email},03/10/2026 10:00:00 AM,03/10/2026 10:30:00 AM,30,No
            {a.Name},{a.Email.ToUpperInvariant()},03/10/2026 10:32:00 AM,03/10/2026 11:07:00 AM,35,No
            {b.Name},{b.Email},03/10/2026 10:00:00 AM,03/10/2026 10:20:00 AM,20,No
            Sconosciuto,nessuno@example.it,03/10/2026 10:00:00 AM,03/10/2026 11:00:00 AM,60,Yes
            {people[2].Name},{people[2].Email},03/10/2026 25:00:00 AM,03/10/2026 11:00:00 AM,60,No
            """;

        var page = await AttendanceWorld.ImportAsync(Organizer, session, csv);

        Assert.Contains("Formato: Zoom.", page, StringComparison.Ordinal);
        Assert.Contains("Riga 8: nessuno@example.it sconosciuto", page, StringComparison.Ordinal);
        Assert.Contains("Riga 9: orario non valido", page, StringComparison.Ordinal);
        var rows = await AttendanceWorld.AttendanceAsync(Factory, session.SessionId);
        Assert.Equal(2, rows.Count);
        var first = rows.Single(r => r.UserId == a.Id);
        Assert.Equal(65, first.MinutesPresent);
        Assert.True(first.Attended);
        Assert.Equal(TenInRome, first.JoinedAt);
        Assert.Equal(TenInRome.AddMinutes(67), first.LeftAt);
        Assert.Null(first.WebcamMinutes);
        Assert.False(rows.Single(r => r.UserId == b.Id).Attended);
        Assert.Contains("dati insufficienti", page, StringComparison.Ordinal);
        var import = await Factory.QueryAsync(db => db.Set<AttendanceImport>().IgnoreQueryFilters().SingleAsync(i => i.SessionId == session.SessionId));
        Assert.Equal((5, 2, 1, 1), (import.Rows, import.Matched, import.Unknown, import.Malformed));
        Assert.Contains(await Factory.AuditAsync("events.attendance-imported"), e => e.TargetId == session.SessionId.ToString());
    }

    [Fact]
    public async Task Teams_report_with_summary_sections_and_durations_in_units_is_read()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 2);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);
        var (a, b) = (people[0], people[1]);
        var csv = "1. Summary\n" + "Meeting title\tWebinar\n" + "Attended participants\t2\n\n" + "2. Participants\n"
            + "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n"
            + $"{a.Name}\t3/10/2026, 10:00:05 AM\t3/10/2026, 10:58:00 AM\t57m 55s\t{a.Email}\t{a.Email}\tAttendee\n"
            + $"{b.Name}\t3/10/2026, 10:10:00 AM\t3/10/2026, 10:40:00 AM\t30m\t{b.Email}\t{b.Email}\tAttendee\n\n"
            + "3. In-Meeting Activities\n" + "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\n"
            + $"{a.Name}\t3/10/2026, 10:00:05 AM\t3/10/2026, 10:58:00 AM\t1h 2m 3s\t{a.Email}\tAttendee\n";

        var page = await AttendanceWorld.ImportAsync(Organizer, session, csv);

        Assert.Contains("Formato: Microsoft Teams.", page, StringComparison.Ordinal);
        var rows = await AttendanceWorld.AttendanceAsync(Factory, session.SessionId);
        Assert.Equal(57, rows.Single(r => r.UserId == a.Id).MinutesPresent);
        Assert.True(rows.Single(r => r.UserId == a.Id).Attended);
        Assert.Equal(30, rows.Single(r => r.UserId == b.Id).MinutesPresent);
    }

    [Fact]
    public async Task Google_Meet_sheet_with_times_of_day_is_read_on_the_sessions_day_in_Rome()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);
        var a = people[0];
        var (given, family) = (a.Name.Split(' ')[0], string.Join(' ', a.Name.Split(' ').Skip(1)));
        var csv = $"""
            First name,Last name,Email,Duration,Time joined,Time exited
            {given},{family},{a.Email},58 min,10:01,10:59
            """;

        var page = await AttendanceWorld.ImportAsync(Organizer, session, csv);

        Assert.Contains("Formato: Google Meet.", page, StringComparison.Ordinal);
        var row = Assert.Single(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
        Assert.Equal(58, row.MinutesPresent);
        Assert.Equal(TenInRome.AddMinutes(1), row.JoinedAt);
    }

    [Fact]
    public async Task Italian_semicolon_csv_with_bom_reads_Rome_times_on_the_day_summer_time_starts()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 2);
        // Sunday 29 March 2026, 10:00 in Rome is already summer time (UTC+2): 08:00 UTC.
        var startsAt = new DateTime(2026, 3, 29, 8, 0, 0, DateTimeKind.Utc);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, startsAt, people);
        var csv = $"E-mail;Entrata;Uscita;Minuti\r\n{people[0].Email};29/03/2026 10:00;29/03/2026 11:00;60\r\n{people[1].Email};29/03/2026 11:00;29/03/2026 10:00;60\r\n";

        var page = await AttendanceWorld.ImportAsync(Organizer, session, csv, bom: true);

        Assert.Contains("Formato: Bottega.", page, StringComparison.Ordinal);
        Assert.Contains("Riga 3: l&#x27;uscita è precedente all&#x27;entrata", page, StringComparison.Ordinal);
        var row = Assert.Single(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
        Assert.Equal(startsAt, row.JoinedAt);
        Assert.Equal(startsAt.AddHours(1), row.LeftAt);
    }

    [Fact]
    public async Task The_same_file_imported_twice_keeps_one_row_per_person_and_records_the_hours_once()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 2);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people, hours: 2m);
        var csv = $"email,joined_at,left_at,minutes\n{people[0].Email},2026-03-10T10:00:00+01:00,2026-03-10T11:00:00+01:00,60\n"
            + $"{people[1].Email},2026-03-10T10:00:00+01:00,2026-03-10T10:30:00+01:00,30\n";

        await AttendanceWorld.ImportAsync(Organizer, session, csv);
        await Factory.DeliverOutboxAsync();
        await AttendanceWorld.ImportAsync(Organizer, session, csv);
        await Factory.DeliverOutboxAsync();

        Assert.Equal(2, (await AttendanceWorld.AttendanceAsync(Factory, session.SessionId)).Count);
        Assert.Equal(2, await Factory.QueryAsync(db => db.Set<AttendanceImport>().IgnoreQueryFilters().CountAsync(i => i.SessionId == session.SessionId)));
        var hours = await Factory.QueryAsync(db => db.Set<Learning.Domain.HoursEntry>().AsNoTracking()
            .Where(h => h.SourceId == session.SessionId).ToListAsync());
        var entry = Assert.Single(hours);
        Assert.Equal(people[0].Id, entry.UserId);
        Assert.Equal(2m, entry.Hours);
        Assert.Equal(new DateOnly(2026, 3, 10), entry.Date);
    }

    [Fact]
    public async Task Below_the_threshold_nobody_attends_and_no_hours_are_recorded()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people, threshold: 90);
        var csv = $"email,minutes\n{people[0].Email},50\n";

        await AttendanceWorld.ImportAsync(Organizer, session, csv);
        await Factory.DeliverOutboxAsync();

        var row = Assert.Single(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
        Assert.False(row.Attended);
        Assert.Equal(0, await AttendanceWorld.HoursEntriesAsync(Factory, session.SessionId));
    }

    [Fact]
    public async Task An_unknown_format_is_refused_with_the_accepted_formats_and_nothing_is_written()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);

        var page = await AttendanceWorld.ImportAsync(Organizer, session, "Partecipante,Ore\nMario,1\n");

        Assert.Contains("Formato non riconosciuto", page, StringComparison.Ordinal);
        Assert.Contains("Zoom: Name (Original Name)", page, StringComparison.Ordinal);
        Assert.Empty(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
        Assert.Equal(0, await Factory.QueryAsync(db => db.Set<AttendanceImport>().IgnoreQueryFilters().CountAsync(i => i.SessionId == session.SessionId)));
    }

    [Fact]
    public async Task A_file_of_only_malformed_rows_writes_nothing()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);

        var page = await AttendanceWorld.ImportAsync(Organizer, session, $"email,minutes\n{people[0].Email},-5\n");

        Assert.Contains("Nessuna riga utilizzabile", page, StringComparison.Ordinal);
        Assert.Contains("Riga 2: durata non valida", page, StringComparison.Ordinal);
        Assert.Empty(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
    }

    [Fact]
    public async Task A_member_who_did_not_register_is_recorded_and_reported_as_not_registered()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 2);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, [people[0]]);

        var page = await AttendanceWorld.ImportAsync(Organizer, session, $"email,minutes\n{people[1].Email},60\n");

        Assert.Contains($"Riga 2: {people[1].Email} non iscritto", page, StringComparison.Ordinal);
        Assert.True(Assert.Single(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId)).Attended);
    }

    [Fact]
    public async Task In_person_register_marks_confirmed_registrants_present_for_the_whole_session()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 2);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people, provider: MeetingProvider.None);

        var response = await Organizer.PostFormAsync(session.PresenzeUrl, session.PresenzeUrl + "?handler=Register",
            new Dictionary<string, string> { ["present"] = people[0].Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = Assert.Single(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
        Assert.Equal((people[0].Id, AttendanceSource.Manual, 60, true), (row.UserId, row.Source, row.MinutesPresent, row.Attended));
    }

    [Fact]
    public async Task The_hand_register_is_refused_for_an_online_session_and_records_nothing()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);

        await Organizer.PostFormAsync(session.PresenzeUrl, session.PresenzeUrl + "?handler=Register",
            new Dictionary<string, string> { ["present"] = people[0].Id.ToString() });

        Assert.Empty(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_reading()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);
        var big = "email,minutes\n" + string.Concat(Enumerable.Repeat($"{people[0].Email},60\n", 6 * 1024 * 1024 / 30));

        var page = await AttendanceWorld.ImportAsync(Organizer, session, big);

        Assert.Contains("Il file supera il limite di 5 MB.", page, StringComparison.Ordinal);
        Assert.Empty(await AttendanceWorld.AttendanceAsync(Factory, session.SessionId));
    }

    [Fact]
    public async Task Figures_of_five_or_more_are_shown_and_the_per_person_table_needs_a_documented_purpose()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 6);
        var aggregate = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);
        var detailed = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people, purpose: "Accordo sindacale del 3 febbraio 2026 (art. 4 L. 300/1970)");
        var csv = "email,joined_at,left_at,minutes,webcam_minutes,talk_seconds,chat_messages,poll_answers\n" + string.Join('\n', people.Select((p, i) =>
            $"{p.Email},2026-03-10T10:00:00+01:00,2026-03-10T11:00:00+01:00,60,{(i < 3 ? 40 : 0)},{(i < 2 ? 90 : 0)},{i},{(i < 4 ? 1 : 0)}"));

        var withoutPurpose = await AttendanceWorld.ImportAsync(Organizer, aggregate, csv);
        var withPurpose = await AttendanceWorld.ImportAsync(Organizer, detailed, csv);

        Assert.Matches(@"Con la webcam accesa</th><td>50\s?%", withoutPurpose);
        Assert.Matches(@"Hanno preso la parola</th><td>33\s?%", withoutPurpose);
        Assert.Matches(@"Hanno risposto ai sondaggi</th><td>67\s?%", withoutPurpose);
        Assert.Contains("Messaggi in chat in media</th><td>2,5", withoutPurpose, StringComparison.Ordinal);
        Assert.DoesNotContain(people[0].Name, withoutPurpose, StringComparison.Ordinal);
        Assert.DoesNotContain("Dati per persona", withoutPurpose, StringComparison.Ordinal);
        Assert.Contains("Accordo sindacale del 3 febbraio 2026", withPurpose, StringComparison.Ordinal);
        Assert.Contains(people[0].Name, withPurpose, StringComparison.Ordinal);
        var viewings = await Factory.AuditAsync("events.engagement-detail-viewed");
        Assert.Contains(viewings, e => e.TargetId == detailed.SessionId.ToString());
        Assert.DoesNotContain(viewings, e => e.TargetId == aggregate.SessionId.ToString());
    }

    [Fact]
    public async Task A_member_cannot_open_the_attendance_page_and_another_network_gets_404()
    {
        var people = await AttendanceWorld.MembersAsync(Factory, Slug, 1);
        var session = await AttendanceWorld.EventAsync(Factory, Slug, TenInRome, people);
        var elsewhere = session with { Slug = DemoAccounts.Academy };

        var member = await Factory.ClientFor(people[0].Email).GetAsync(session.PresenzeUrl);
        var otherAdmin = await Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Academy)).GetAsync(elsewhere.PresenzeUrl);
        var otherAdminHere = await Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Academy)).GetAsync(session.PresenzeUrl);
        var results = await Factory.ClientFor(people[0].Email).GetAsync(session.ResultsUrl);

        Assert.True(member.IsDenied());
        Assert.Equal(HttpStatusCode.NotFound, otherAdmin.StatusCode);
        Assert.True(otherAdminHere.IsDenied());
        Assert.True(results.IsDenied());
        Assert.True((await Factory.ClientFor(null).GetAsync(session.PresenzeUrl)).IsSignInChallenge());
        Assert.Equal(HttpStatusCode.OK, (await Factory.ClientFor(DemoAccounts.AdminOf(Slug)).GetAsync(session.PresenzeUrl)).StatusCode);
    }
}
