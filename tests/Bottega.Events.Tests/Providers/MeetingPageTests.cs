using System.Net;
using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Events.Tests.Providers;

[Collection(MeetingsGroup.Name)]
public sealed class MeetingPageTests(MeetingsFixture fixture)
{
    private const string Network = DemoAccounts.Rup;

    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    private static string PageOf(ArrangedEvent arranged, string network = Network) =>
        $"/reti/{network}/eventi/gestione/{arranged.EventId}/sessioni/{arranged.SessionId}/riunione";

    [Fact]
    public async Task Only_the_networks_teachers_and_admins_reach_the_meeting_page()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now.AddHours(1));

        var teacher = await fixture.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).GetAsync(PageOf(arranged));
        var admin = await fixture.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(PageOf(arranged));
        var member = await fixture.Factory.ClientFor(DemoAccounts.Learner).GetAsync(PageOf(arranged));
        var otherAdmin = await fixture.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Academy)).GetAsync(PageOf(arranged));
        var throughOtherNetwork = await fixture.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Academy)).GetAsync(PageOf(arranged, DemoAccounts.Academy));
        var anonymous = await fixture.Factory.ClientFor(null).GetAsync(PageOf(arranged));

        Assert.Equal(HttpStatusCode.OK, teacher.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.True(member.IsDenied());
        Assert.True(otherAdmin.IsDenied());
        Assert.Equal(HttpStatusCode.NotFound, throughOtherNetwork.StatusCode);
        Assert.True(anonymous.IsSignInChallenge());
    }

    [Fact]
    public async Task The_organizer_starts_as_moderator_checks_it_runs_and_ends_it()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now.AddMinutes(20));
        var teacherEmail = DemoAccounts.TeacherOf(Network);
        var teacherId = await fixture.Factory.UserIdAsync(teacherEmail);
        var client = fixture.Factory.ClientFor(teacherEmail);
        var page = PageOf(arranged);

        var start = await client.PostFormAsync(page, page + "?handler=Start", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var joinUrl = start.Headers.Location!.ToString();
        Assert.Contains("role=MODERATOR", joinUrl, StringComparison.Ordinal);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(new Uri(joinUrl))).StatusCode);

        var running = await client.PostFormAsync(page, page + "?handler=Running", new Dictionary<string, string>());
        Assert.Contains("La riunione è in corso.", await running.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var end = await client.PostFormAsync(page, page + "?handler=End", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);

        var meetingId = $"bottega-{arranged.SessionId:N}";
        Assert.True(fixture.Server.Meetings[meetingId].Ended);
        await using var db = fixture.Factory.Open();
        var session = await db.Set<EventSession>().IgnoreQueryFilters().SingleAsync(s => s.Id == arranged.SessionId);
        Assert.NotNull(session.EndedAt);
        var join = await db.Set<SessionJoin>().IgnoreQueryFilters().SingleAsync(j => j.SessionId == arranged.SessionId);
        Assert.Equal(teacherId, join.UserId);
        Assert.True(join.AsModerator);
        Assert.Contains(await fixture.Factory.AuditAsync("events.meeting.started"), a => a.TargetId == arranged.SessionId.ToString());
        Assert.Contains(await fixture.Factory.AuditAsync("events.meeting.ended"), a => a.TargetId == arranged.SessionId.ToString());
    }

    [Fact]
    public async Task The_recording_is_fetched_from_the_server_once_published()
    {
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.BigBlueButton, Now.AddMinutes(-100));
        var client = fixture.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var page = PageOf(arranged);
        await client.PostFormAsync(page, page + "?handler=Start", new Dictionary<string, string>());

        var notYet = await client.PostFormAsync(page, page + "?handler=Recording", new Dictionary<string, string>());
        fixture.Server.AddRecording($"bottega-{arranged.SessionId:N}", "https://bbb.test/playback/presentation/2.3/rec-1", 88);
        var fetched = await client.PostFormAsync(page, page + "?handler=Recording", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, notYet.StatusCode);
        Assert.Contains("Non c&#x27;è ancora una registrazione pubblicata", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, fetched.StatusCode);
        Assert.Equal("https://bbb.test/playback/presentation/2.3/rec-1", await RecordingUrlAsync(arranged.SessionId));
        Assert.Contains(await fixture.Factory.AuditAsync("events.meeting.recording-fetched"), a => a.TargetId == arranged.SessionId.ToString());
    }

    [Fact]
    public async Task An_external_sessions_recording_is_pasted_a_bad_address_is_refused_and_the_linked_course_gets_it()
    {
        var courseId = await fixture.Factory.QueryAsync(db => db.Set<Course>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var arranged = await MeetingsArrange.EventAsync(fixture.Factory, Network, DemoAccounts.Learner, MeetingProvider.External, Now.AddMinutes(-100),
            meetingUrl: "https://teams.example.test/meet/1", courseId: courseId);
        var client = fixture.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var page = PageOf(arranged);

        var bad = await client.PostFormAsync(page, page + "?handler=RecordingUrl", new Dictionary<string, string> { ["RecordingUrl"] = "javascript:alert(1)" });
        var afterBad = await RecordingUrlAsync(arranged.SessionId);
        var good = await client.PostFormAsync(page, page + "?handler=RecordingUrl",
            new Dictionary<string, string> { ["RecordingUrl"] = "https://stream.example.test/video/42" });

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Null(afterBad);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("https://stream.example.test/video/42", await RecordingUrlAsync(arranged.SessionId));
        var attached = await fixture.Factory.QueryAsync(db => db.Set<LearningObject>()
            .Where(o => o.CourseId == courseId && o.Kind == LearningObjectKind.ExternalLink).Select(o => o.Content).ToListAsync());
        Assert.Contains(attached, content => content.Contains("https://stream.example.test/video/42", StringComparison.Ordinal));
    }

    private async Task<string?> RecordingUrlAsync(Guid sessionId)
    {
        await using var db = fixture.Factory.Open();
        return await db.Set<EventSession>().IgnoreQueryFilters().Where(s => s.Id == sessionId).Select(s => s.RecordingUrl).SingleAsync();
    }
}
