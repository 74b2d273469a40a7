using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Authoring;

public sealed class PathTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;

    [Fact]
    public async Task A_path_shows_its_hours_and_locks_a_course_until_its_prerequisite_is_completed()
    {
        var teacher = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var first = await Authoring.PublishedCourseAsync(app.Factory, teacher, Network, "Basi degli appalti", 10);
        var second = await Authoring.PublishedCourseAsync(app.Factory, teacher, Network, "Appalti avanzati", 6);
        var optional = await Authoring.PublishedCourseAsync(app.Factory, teacher, Network, "Approfondimento facoltativo", 2.5m);

        var created = await teacher.PostFormAsync($"/reti/{Network}/gestione/percorsi", new Dictionary<string, string> { ["NewTitle"] = "Percorso appalti" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editor = created.Headers.Location!.OriginalString;
        var pathId = Guid.Parse(editor.Split('/')[^1]);
        var refused = await Authoring.MessageAfterAsync(teacher, await teacher.PostFormAsync(editor, editor + "?handler=Publish", new Dictionary<string, string>()));
        Assert.Contains("almeno un corso obbligatorio", refused, StringComparison.Ordinal);

        foreach (var (course, required) in new[] { (first, "true"), (second, "true"), (optional, "false") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await teacher.PostFormAsync(editor, editor + "?handler=Add", new Dictionary<string, string> { ["courseId"] = course.ToString(), ["required"] = required })).StatusCode);
        }

        var steps = await app.Factory.QueryAsync(db => db.Set<PathStep>().Where(s => s.PathId == pathId).ToListAsync());
        var secondStep = steps.Single(s => s.CourseId == second);
        var firstStep = steps.Single(s => s.CourseId == first);
        var laterPrerequisite = await Authoring.MessageAfterAsync(teacher, await teacher.PostFormAsync(editor, editor + "?handler=Step",
            new Dictionary<string, string> { ["stepId"] = firstStep.Id.ToString(), ["required"] = "true", ["prerequisite"] = second.ToString() }));
        Assert.Contains("deve essere un corso che viene prima", laterPrerequisite, StringComparison.Ordinal);
        await teacher.PostFormAsync(editor, editor + "?handler=Step",
            new Dictionary<string, string> { ["stepId"] = secondStep.Id.ToString(), ["required"] = "true", ["prerequisite"] = first.ToString() });
        await teacher.PostFormAsync(editor, editor + "?handler=Publish", new Dictionary<string, string>());

        var anonymousList = await app.Factory.ClientFor(null).GetDocumentAsync($"/reti/{Network}/percorsi");
        Assert.Contains("Percorso appalti", anonymousList.Text(), StringComparison.Ordinal);

        var learner = app.Factory.ClientFor(DemoAccounts.Learner);
        var page = await learner.GetDocumentAsync($"/reti/{Network}/percorsi/{pathId}");
        Assert.Equal("16", page.QuerySelector("[data-testid=required-hours]")!.TextContent.Trim());
        Assert.Equal("18,5", page.QuerySelector("[data-testid=total-hours]")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector($"[data-course='{second}']")!.GetAttribute("data-locked"));
        Assert.Equal("false", page.QuerySelector($"[data-course='{first}']")!.GetAttribute("data-locked"));
        Assert.Null(page.QuerySelector("[data-testid=path-completed]"));

        await CompleteAsync(first);
        page = await learner.GetDocumentAsync($"/reti/{Network}/percorsi/{pathId}");
        Assert.Equal("false", page.QuerySelector($"[data-course='{second}']")!.GetAttribute("data-locked"));
        await CompleteAsync(second);
        page = await learner.GetDocumentAsync($"/reti/{Network}/percorsi/{pathId}");
        Assert.NotNull(page.QuerySelector("[data-testid=path-completed]"));
    }

    [Fact]
    public async Task A_draft_path_is_not_public()
    {
        var teacher = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var created = await teacher.PostFormAsync($"/reti/{Network}/gestione/percorsi", new Dictionary<string, string> { ["NewTitle"] = "Percorso in bozza" });
        var pathId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/reti/{Network}/percorsi/{pathId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/reti/{Network}/percorsi/{pathId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(DemoAccounts.TeacherOf(DemoAccounts.Academy)).GetAsync($"/reti/{DemoAccounts.Academy}/gestione/percorsi/{pathId}")).StatusCode);
    }

    private async Task CompleteAsync(Guid courseId)
    {
        var userId = await app.Factory.UserIdAsync(DemoAccounts.Learner);
        var network = await app.Factory.NetworkAsync(Network);
        await using var db = app.Factory.Open();
        var enrolment = Enrolment.Create(courseId, userId, network.Id, null, EnrolmentSource.Self, null, null, false, TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1));
        enrolment.Complete(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1));
        db.Add(enrolment);
        await db.SaveChangesAsync();
    }
}
