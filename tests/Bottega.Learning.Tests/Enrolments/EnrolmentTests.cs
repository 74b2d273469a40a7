using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Enrolments;

public sealed class EnrolmentTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly Dictionary<string, string> NoFields = [];

    private async Task<HttpResponseMessage> EnrolAsync(string email, string network, Guid courseId, HttpClient? client = null)
    {
        var path = LearningData.CoursePath(network, courseId);
        return await (client ?? app.Factory.ClientFor(email)).PostFormAsync(path, path + "?handler=Enrol", NoFields);
    }

    [Fact]
    public async Task A_member_enrols_in_a_federated_course_and_a_second_enrolment_is_refused()
    {
        var courseId = await app.Factory.CourseIdAsync("Collaborare online tra colleghi");

        var client = app.Factory.ClientFor(DemoAccounts.Learner);
        var first = await EnrolAsync(DemoAccounts.Learner, DemoAccounts.Anci, courseId, client);
        var second = await EnrolAsync(DemoAccounts.Learner, DemoAccounts.Anci, courseId, client);
        var page = await client.GetDocumentAsync(second.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var enrolment = await app.Factory.EnrolmentAsync(courseId, DemoAccounts.Learner);
        Assert.Equal(EnrolmentStatus.Active, enrolment!.Status);
        Assert.Equal((await app.Factory.NetworkAsync(DemoAccounts.Anci)).Id, enrolment.NetworkId);
        Assert.Contains("Sei già iscritto", page.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_course_through_two_networks_is_one_enrolment()
    {
        var courseId = await app.Factory.CourseIdAsync("Gestire dati, informazioni e contenuti digitali");

        await EnrolAsync(DemoAccounts.Learner, DemoAccounts.Federation, courseId);
        await EnrolAsync(DemoAccounts.Learner, DemoAccounts.Anci, courseId);
        var federationPage = await app.Factory.ClientFor(DemoAccounts.Learner).GetDocumentAsync(LearningData.CoursePath(DemoAccounts.Anci, courseId));

        var userId = await app.Factory.UserIdAsync(DemoAccounts.Learner);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Set<Bottega.Learning.Domain.Enrolment>().CountAsync(e => e.CourseId == courseId && e.UserId == userId)));
        Assert.NotNull(federationPage.QuerySelector("form[action*='Withdraw']"));
    }

    [Fact]
    public async Task Someone_outside_the_network_cannot_enrol()
    {
        var courseId = await app.Factory.CourseIdAsync("Il bilancio del piccolo comune");

        var response = await EnrolAsync(DemoAccounts.AdminOf(DemoAccounts.Rup), DemoAccounts.Academy, courseId);

        Assert.True(response.IsDenied());
        Assert.Null(await app.Factory.EnrolmentAsync(courseId, DemoAccounts.AdminOf(DemoAccounts.Rup)));
    }

    [Fact]
    public async Task Anonymous_enrolment_is_sent_to_sign_in()
    {
        var courseId = await app.Factory.CourseIdAsync("Il bilancio del piccolo comune");
        var client = app.Factory.ClientFor(null);
        var path = LearningData.CoursePath(DemoAccounts.Academy, courseId);
        var token = (await client.GetDocumentAsync("/reti")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token ?? "" });
        var response = await client.PostAsync(new Uri(path + "?handler=Enrol", UriKind.Relative), content);

        Assert.True(response.IsSignInChallenge() || response.StatusCode == HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_course_needing_approval_waits_until_a_network_admin_approves()
    {
        var courseId = await app.Factory.CourseIdAsync("Il nuovo codice dei contratti pubblici per il RUP");
        await EnrolAsync(DemoAccounts.Learner, DemoAccounts.Rup, courseId);
        var pending = await app.Factory.EnrolmentAsync(courseId, DemoAccounts.Learner);
        var objectId = (await app.Factory.ObjectsAsync(courseId))[0].Id;
        var blocked = await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync(LearningData.ObjectPath(DemoAccounts.Rup, courseId, objectId));

        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup));
        var queue = await admin.GetDocumentAsync($"/reti/{DemoAccounts.Rup}/iscrizioni");
        await admin.PostFormAsync($"/reti/{DemoAccounts.Rup}/iscrizioni", new Dictionary<string, string> { ["enrolmentId"] = pending!.Id.ToString(), ["approve"] = "true" });

        Assert.Equal(EnrolmentStatus.PendingApproval, pending.Status);
        Assert.Equal(HttpStatusCode.NotFound, blocked.StatusCode);
        Assert.Contains("Il nuovo codice dei contratti", queue.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(EnrolmentStatus.Active, (await app.Factory.EnrolmentAsync(courseId, DemoAccounts.Learner))!.Status);
        Assert.NotEmpty(await app.Factory.AuditAsync("enrolment.approved"));
    }

    [Fact]
    public async Task An_admin_of_another_network_cannot_decide_a_request()
    {
        var courseId = await app.Factory.CourseIdAsync("Il nuovo codice dei contratti pubblici per il RUP");
        var teacher = DemoAccounts.TeacherOf(DemoAccounts.Rup);
        await EnrolAsync(teacher, DemoAccounts.Rup, courseId);
        var pending = await app.Factory.EnrolmentAsync(courseId, teacher);

        var other = app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Anci));
        var response = await other.PostFormAsync($"/reti/{DemoAccounts.Anci}/iscrizioni", new Dictionary<string, string> { ["enrolmentId"] = pending!.Id.ToString(), ["approve"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(EnrolmentStatus.PendingApproval, (await app.Factory.EnrolmentAsync(courseId, teacher))!.Status);
    }

    [Fact]
    public async Task Withdrawal_keeps_progress_and_re_enrolment_resumes_it()
    {
        var courseId = await app.Factory.CourseIdAsync("Sicurezza informatica: proteggere i dispositivi");
        var email = DemoAccounts.TeacherOf(DemoAccounts.Federation);
        await EnrolAsync(email, DemoAccounts.Federation, courseId);
        var objectId = (await app.Factory.ObjectsAsync(courseId))[0].Id;
        var objectPath = LearningData.ObjectPath(DemoAccounts.Federation, courseId, objectId);
        await app.Factory.ClientFor(email).PostFormAsync(objectPath, objectPath + "?handler=Acknowledge", new Dictionary<string, string> { ["seconds"] = "0" });
        var path = LearningData.CoursePath(DemoAccounts.Federation, courseId);

        await app.Factory.ClientFor(email).PostFormAsync(path, path + "?handler=Withdraw", NoFields);
        var withdrawn = await app.Factory.EnrolmentAsync(courseId, email);
        await EnrolAsync(email, DemoAccounts.Federation, courseId);
        var back = await app.Factory.EnrolmentAsync(courseId, email);

        Assert.Equal(EnrolmentStatus.Withdrawn, withdrawn!.Status);
        Assert.Equal(EnrolmentStatus.Active, back!.Status);
        Assert.Equal(50, back.Percent);
    }
}
