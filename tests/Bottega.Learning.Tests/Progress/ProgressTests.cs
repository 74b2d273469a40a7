using System.Net;
using System.Text.Json;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Progress;

public sealed class ProgressTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    private async Task EnrolAsync(string email, Guid courseId)
    {
        var path = LearningData.CoursePath(Network, courseId);
        await app.Factory.ClientFor(email).PostFormAsync(path, path + "?handler=Enrol", new Dictionary<string, string>());
    }

    private async Task<HttpResponseMessage> ReportAsync(string email, Guid courseId, Guid objectId, string signal, double share)
    {
        var path = LearningData.ObjectPath(Network, courseId, objectId);
        return await app.Factory.ClientFor(email).PostFormAsync(path, path + "?handler=Progress", new Dictionary<string, string>
        {
            ["signal"] = signal,
            ["share"] = share.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["seconds"] = "30",
        });
    }

    private Task<HttpResponseMessage> AcknowledgeAsync(string email, Guid courseId, Guid objectId)
    {
        var path = LearningData.ObjectPath(Network, courseId, objectId);
        return app.Factory.ClientFor(email).PostFormAsync(path, path + "?handler=Acknowledge", new Dictionary<string, string> { ["seconds"] = "20" });
    }

    private async Task<ObjectProgress?> ProgressAsync(string email, Guid objectId)
    {
        var userId = await app.Factory.UserIdAsync(email);
        return await app.Factory.QueryAsync(db => db.Set<ObjectProgress>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId && p.ObjectId == objectId));
    }

    [Fact]
    public async Task A_video_completes_only_once_the_configured_share_is_watched()
    {
        var email = DemoAccounts.ModeratorOf(Network);
        var courseId = await app.Factory.CourseIdAsync(LearningData.IdentityCourse);
        await EnrolAsync(email, courseId);
        var video = (await app.Factory.ObjectsAsync(courseId)).Single(o => o.Kind == LearningObjectKind.Video);

        var half = await ReportAsync(email, courseId, video.Id, "Watched", 0.5);
        var halfProgress = await ProgressAsync(email, video.Id);
        var lateLowReport = await ReportAsync(email, courseId, video.Id, "Watched", 0.2);
        var most = await ReportAsync(email, courseId, video.Id, "Watched", 0.85);

        Assert.Equal(HttpStatusCode.OK, half.StatusCode);
        Assert.Equal(ProgressStatus.InProgress, halfProgress!.Status);
        Assert.Equal(0.5, halfProgress.Share, 3);
        Assert.Equal(HttpStatusCode.OK, lateLowReport.StatusCode);
        using var result = JsonDocument.Parse(await most.Content.ReadAsStringAsync());
        Assert.True(result.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal(ProgressStatus.Completed, (await ProgressAsync(email, video.Id))!.Status);
    }

    [Fact]
    public async Task A_quiz_cannot_be_completed_by_a_forged_report()
    {
        var email = DemoAccounts.TeacherOf(Network);
        var courseId = await app.Factory.CourseIdAsync(LearningData.IdentityCourse);
        await EnrolAsync(email, courseId);
        var quiz = (await app.Factory.ObjectsAsync(courseId)).Single(o => o.Kind == LearningObjectKind.Quiz);

        var forged = await ReportAsync(email, courseId, quiz.Id, "Acknowledged", 1);
        var acknowledged = await AcknowledgeAsync(email, courseId, quiz.Id);

        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.NotEqual(ProgressStatus.Completed, (await ProgressAsync(email, quiz.Id))?.Status);
    }

    [Fact]
    public async Task Progress_of_someone_not_enrolled_is_refused()
    {
        var courseId = await app.Factory.CourseIdAsync("Protezione dei dati personali e privacy");
        var page = (await app.Factory.ObjectsAsync(courseId))[0];

        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(LearningData.ObjectPath(Network, courseId, page.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await ProgressAsync(DemoAccounts.AdminOf(Network), page.Id));
    }

    [Fact]
    public async Task Completing_every_required_object_completes_the_course_once_with_hours_and_a_certificate()
    {
        var email = DemoAccounts.Learner;
        var courseId = await app.Factory.CourseIdAsync(LearningData.OpenDataCourse);
        await EnrolAsync(email, courseId);
        var objects = await app.Factory.ObjectsAsync(courseId);

        var first = await AcknowledgeAsync(email, courseId, objects[0].Id);
        var last = await AcknowledgeAsync(email, courseId, objects[1].Id);
        var again = await AcknowledgeAsync(email, courseId, objects[1].Id);

        Assert.True(first.StatusCode == HttpStatusCode.Redirect, $"{(int)first.StatusCode} {await first.Content.ReadAsStringAsync()}");
        Assert.EndsWith(objects[1].Id.ToString(), first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(last.StatusCode == HttpStatusCode.Redirect, $"{(int)last.StatusCode} {await last.Content.ReadAsStringAsync()}");
        Assert.EndsWith(courseId.ToString(), last.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var enrolment = await app.Factory.EnrolmentAsync(courseId, email);
        Assert.Equal(EnrolmentStatus.Completed, enrolment!.Status);
        var hours = (await app.Factory.HoursAsync(email)).Where(h => h.SourceId == enrolment.Id).ToList();
        Assert.Single(hours);
        Assert.Equal(10m, hours[0].Hours);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Set<Certificate>().CountAsync(c => c.EnrolmentId == enrolment.Id)));
    }

    [Fact]
    public async Task Concurrent_reports_from_two_tabs_keep_one_progress_row()
    {
        var email = DemoAccounts.ReferentOf(Network);
        var courseId = await app.Factory.CourseIdAsync("Erogare servizi online: pagoPA, app IO e accessibilità");
        await EnrolAsync(email, courseId);
        var page = (await app.Factory.ObjectsAsync(courseId))[0];

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ReportAsync(email, courseId, page.Id, "Viewed", 0)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var userId = await app.Factory.UserIdAsync(email);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Set<ObjectProgress>().CountAsync(p => p.UserId == userId && p.ObjectId == page.Id)));
    }

    [Fact]
    public async Task A_malformed_report_gets_a_problem_details_answer()
    {
        var email = DemoAccounts.ReferentOf(Network);
        var courseId = await app.Factory.CourseIdAsync("Erogare servizi online: pagoPA, app IO e accessibilità");
        await EnrolAsync(email, courseId);
        var page = (await app.Factory.ObjectsAsync(courseId))[0];

        var response = await ReportAsync(email, courseId, page.Id, "Passed", 1);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task My_learning_shows_assigned_courses_and_this_years_hours()
    {
        var page = await app.Factory.ClientFor(DemoAccounts.Learner).GetDocumentAsync($"/reti/{Network}/formazione");

        Assert.Equal("La mia formazione", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("/ 40", page.QuerySelector("#hours-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_course_file_is_served_only_to_people_enrolled_in_that_course()
    {
        var courseId = await app.Factory.CourseIdAsync(LearningData.IdentityCourse);
        var video = (await app.Factory.ObjectsAsync(courseId)).Single(o => o.Kind == LearningObjectKind.Video);
        var fileId = Bottega.Learning.Objects.ObjectContent.Read<Bottega.Learning.Objects.VideoContent>(video.Content).FileId!.Value;
        var url = LearningData.ObjectPath(Network, courseId, video.Id) + $"?handler=File&fileId={fileId}";
        var otherCourse = await app.Factory.CourseIdAsync(LearningData.OpenDataCourse);
        var otherCourseUrl = LearningData.ObjectPath(Network, otherCourse, video.Id) + $"?handler=File&fileId={fileId}";
        var enrolled = DemoAccounts.ModeratorOf(Network);
        await EnrolAsync(enrolled, courseId);
        await EnrolAsync(enrolled, otherCourse);

        var served = await app.Factory.ClientFor(enrolled).GetAsync(url);
        var notEnrolled = await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Anci)).GetAsync(url.Replace(Network, DemoAccounts.Anci, StringComparison.Ordinal));
        var throughAnotherCourse = await app.Factory.ClientFor(enrolled).GetAsync(otherCourseUrl);
        var anonymous = await app.Factory.ClientFor(null).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("video/webm", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, notEnrolled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughAnotherCourse.StatusCode);
        Assert.True(anonymous.IsSignInChallenge());
    }
}
