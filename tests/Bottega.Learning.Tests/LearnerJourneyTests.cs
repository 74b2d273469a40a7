using System.Globalization;
using System.Net;
using System.Text.Json;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests;

/// <summary>The journey over HTTP: find a course of the digital-skills path, complete it, get the certificate and the hours.</summary>
public sealed class LearnerJourneyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    [Fact]
    public async Task A_learner_completes_a_path_course_gets_the_certificate_and_sees_the_hours()
    {
        var client = app.Factory.ClientFor(DemoAccounts.Learner);
        var catalogue = await client.GetDocumentAsync($"/reti/{Network}/corsi?q=identita%20digitale");
        var coursePath = catalogue.QuerySelector("main .card-title a")!.GetAttribute("href")!;
        var courseId = Guid.Parse(coursePath[(coursePath.LastIndexOf('/') + 1)..]);
        await client.PostFormAsync(coursePath, coursePath + "?handler=Enrol", new Dictionary<string, string>());
        var objects = await app.Factory.ObjectsAsync(courseId);

        foreach (var item in objects.Where(o => o.Required))
        {
            var path = LearningData.ObjectPath(Network, courseId, item.Id);
            switch (item.Kind)
            {
                case LearningObjectKind.Page or LearningObjectKind.Document:
                    Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(path, path + "?handler=Acknowledge", new Dictionary<string, string> { ["seconds"] = "60" })).StatusCode);
                    break;
                case LearningObjectKind.Video:
                    var watched = await client.PostFormAsync(path, path + "?handler=Progress", new Dictionary<string, string> { ["signal"] = "Watched", ["share"] = "0.9", ["seconds"] = "60" });
                    Assert.Equal(HttpStatusCode.OK, watched.StatusCode);
                    break;
                case LearningObjectKind.Quiz:
                    await PassQuizAsync(client, courseId, item.Id);
                    break;
            }
        }

        var enrolment = await app.Factory.EnrolmentAsync(courseId, DemoAccounts.Learner);
        Assert.Equal(EnrolmentStatus.Completed, enrolment!.Status);
        var coursePage = await client.GetDocumentAsync(coursePath);
        var certificateLink = coursePage.QuerySelector("a[href^='/attestati/']")!.GetAttribute("href")!;
        var pdf = await client.GetAsync(certificateLink);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var verification = await app.Factory.ClientFor(null).GetAsync(certificateLink.Replace("/pdf", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, verification.StatusCode);
        var myLearning = await client.GetDocumentAsync($"/reti/{Network}/formazione");
        Assert.Contains("12", myLearning.QuerySelector("#hours-title")!.ParentElement!.QuerySelector("strong")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(LearningData.IdentityCourse, myLearning.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task PassQuizAsync(HttpClient client, Guid courseId, Guid quizId)
    {
        var quizPath = $"/reti/{Network}/corsi/{courseId}/quiz/{quizId}";
        var started = await client.PostFormAsync(quizPath, quizPath + "?handler=Start", new Dictionary<string, string>());
        var location = started.Headers.Location!.OriginalString;
        var attemptId = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        var attempt = await app.Factory.QueryAsync(db => db.Set<QuizAttempt>().AsNoTracking().SingleAsync(a => a.Id == attemptId));
        var drawn = JsonSerializer.Deserialize<List<Guid>>(attempt.QuestionIds)!;
        var questions = await app.Factory.QueryAsync(db => db.Set<Question>().AsNoTracking().Where(q => drawn.Contains(q.Id)).ToListAsync());
        var document = await client.GetDocumentAsync(quizPath + "/" + attemptId);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("attempt", attemptId.ToString()),
            new("__RequestVerificationToken", document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        foreach (var question in questions)
        {
            fields.AddRange(QuizOptions.Read(question.Options).Where(o => o.Correct).Take(question.Kind == QuestionKind.ShortAnswer ? 1 : int.MaxValue)
                .Select(o => new KeyValuePair<string, string>($"q-{question.Id}", question.Kind == QuestionKind.ShortAnswer ? o.Text : o.Id)));
        }

        using var content = new FormUrlEncodedContent(fields);
        var submitted = await client.PostAsync(new Uri(quizPath + "?handler=Submit", UriKind.Relative), content);
        Assert.True(submitted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, ((int)submitted.StatusCode).ToString(CultureInfo.InvariantCulture));
    }
}
