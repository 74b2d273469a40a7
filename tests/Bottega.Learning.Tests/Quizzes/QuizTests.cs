using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Learning.Objects;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Quizzes;

/// <summary>A learner's attempts at a quiz through the quiz page: draw, scoring, attempts, progress.</summary>
public sealed class QuizTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private const string Learner = DemoAccounts.Learner;

    private static string QuizUrl(QuizCourse quiz) => $"/reti/{Network}/corsi/{quiz.CourseId}/quiz/{quiz.QuizId}";

    private static Dictionary<string, string> RightAnswers(QuizCourse quiz) => new()
    {
        [$"q-{quiz.Single}"] = "a",
        [$"q-{quiz.TrueFalse}"] = "true",
        [$"q-{quiz.Short}"] = "  PAGO pa ",
    };

    private async Task<(QuizCourse Quiz, HttpClient Client)> EnrolledAsync(QuizContent settings)
    {
        var quiz = await LearningArrange.QuizCourseAsync(app.Factory, Network, settings);
        await LearningArrange.EnrolAsync(app.Factory, quiz.CourseId, Learner, Network);
        return (quiz, app.Factory.ClientFor(Learner));
    }

    private static async Task<Guid> StartAsync(HttpClient client, QuizCourse quiz)
    {
        var response = await client.PostFormAsync(QuizUrl(quiz), QuizUrl(quiz) + "?handler=Start", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, QuizCourse quiz, Guid attempt, Dictionary<string, string> answers) =>
        client.PostFormAsync(QuizUrl(quiz), QuizUrl(quiz) + "?handler=Submit", new Dictionary<string, string>(answers) { ["attempt"] = attempt.ToString() });

    // The multiple-choice answer needs two values for one name: posted by hand.
    private static async Task<HttpResponseMessage> SubmitAllRightAsync(HttpClient client, QuizCourse quiz, Guid attempt)
    {
        var document = await client.GetDocumentAsync(QuizUrl(quiz) + "/" + attempt);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = RightAnswers(quiz).ToList();
        fields.Add(new($"q-{quiz.Multiple}", "a"));
        fields.Add(new($"q-{quiz.Multiple}", "b"));
        fields.Add(new("attempt", attempt.ToString()));
        fields.Add(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(QuizUrl(quiz) + "?handler=Submit", UriKind.Relative), content);
    }

    [Fact]
    public async Task Passing_attempt_completes_the_quiz_through_progress_and_moves_the_course_percent()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent { PassingScore = 60, DrawCount = null, MaxAttempts = 3 });
        var attempt = await StartAsync(client, quiz);
        var form = await client.GetDocumentAsync(QuizUrl(quiz) + "/" + attempt);
        Assert.Equal(4, form.QuerySelectorAll("form fieldset legend").Length);

        var response = await SubmitAllRightAsync(client, quiz, attempt);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var saved = Assert.Single(await LearningArrange.AttemptsAsync(app.Factory, quiz.QuizId));
        Assert.Equal(100, saved.Score);
        Assert.True(saved.Passed);
        var (progress, percent) = await app.Factory.QueryAsync(async db => (
            await db.Set<ObjectProgress>().AsNoTracking().SingleAsync(p => p.ObjectId == quiz.QuizId),
            await db.Set<Enrolment>().AsNoTracking().Where(e => e.CourseId == quiz.CourseId).Select(e => e.Percent).SingleAsync()));
        Assert.True(progress.IsCompleted);
        Assert.Equal(100, progress.Score);
        Assert.Equal(50, percent);

        var result = await client.GetDocumentAsync(QuizUrl(quiz) + "/" + attempt);
        Assert.Contains("La PEC ha valore legale.", result.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_attempt_records_the_score_without_completing()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent { PassingScore = 60, MaxAttempts = 3 });
        var attempt = await StartAsync(client, quiz);

        // Single and short answer right, multiple choice only half right, true/false wrong: 2 of 4 = 50%.
        await SubmitAsync(client, quiz, attempt, new() { [$"q-{quiz.Single}"] = "a", [$"q-{quiz.Short}"] = "pagopa", [$"q-{quiz.Multiple}"] = "a", [$"q-{quiz.TrueFalse}"] = "false" });

        var saved = Assert.Single(await LearningArrange.AttemptsAsync(app.Factory, quiz.QuizId));
        Assert.Equal(50, saved.Score);
        Assert.False(saved.Passed);
        var progress = await app.Factory.QueryAsync(db => db.Set<ObjectProgress>().AsNoTracking().SingleAsync(p => p.ObjectId == quiz.QuizId));
        Assert.False(progress.IsCompleted);
        Assert.Equal(50, progress.Score);
    }

    [Fact]
    public async Task Draw_count_limits_the_questions_of_an_attempt()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent { DrawCount = 2 });
        var attempt = await StartAsync(client, quiz);
        var saved = Assert.Single(await LearningArrange.AttemptsAsync(app.Factory, quiz.QuizId));
        Assert.Equal(2, QuizOptionsIds(saved.QuestionIds).Count);
        var form = await client.GetDocumentAsync(QuizUrl(quiz) + "/" + attempt);
        Assert.Equal(2, form.QuerySelectorAll("form fieldset").Length);
    }

    private static IReadOnlyList<Guid> QuizOptionsIds(string json) => Features.Quizzes.QuizOptions.ReadIds(json);

    [Fact]
    public async Task Starting_again_resumes_the_open_attempt_and_concurrent_starts_make_one()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent());
        var page = await client.GetDocumentAsync(QuizUrl(quiz));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task<string> StartOnceAsync()
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            var response = await client.PostAsync(new Uri(QuizUrl(quiz) + "?handler=Start", UriKind.Relative), content);
            return response.Headers.Location!.OriginalString;
        }

        var starts = await Task.WhenAll(StartOnceAsync(), StartOnceAsync(), StartOnceAsync());
        Assert.Single(starts.Distinct());
        Assert.Equal(starts[0], QuizUrl(quiz) + "/" + await StartAsync(client, quiz));
        Assert.Single(await LearningArrange.AttemptsAsync(app.Factory, quiz.QuizId));
    }

    [Fact]
    public async Task Max_attempts_are_enforced()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent { MaxAttempts = 1 });
        var attempt = await StartAsync(client, quiz);
        await SubmitAsync(client, quiz, attempt, new() { [$"q-{quiz.Single}"] = "b" });

        var again = await client.PostFormAsync(QuizUrl(quiz), QuizUrl(quiz) + "?handler=Start", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.EndsWith($"/quiz/{quiz.QuizId}", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Single(await LearningArrange.AttemptsAsync(app.Factory, quiz.QuizId));
        var page = await client.GetDocumentAsync(QuizUrl(quiz));
        Assert.Contains("Hai usato tutti i tentativi", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Start']"));
    }

    [Fact]
    public async Task Answers_posted_for_another_persons_attempt_are_refused()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent());
        var attempt = await StartAsync(client, quiz);
        var other = DemoAccounts.TeacherOf(Network);
        await LearningArrange.EnrolAsync(app.Factory, quiz.CourseId, other, Network);

        var response = await SubmitAsync(app.Factory.ClientFor(other), quiz, attempt, RightAnswers(quiz));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await LearningArrange.AttemptsAsync(app.Factory, quiz.QuizId));
        Assert.False(saved.IsSubmitted);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(other).GetAsync(QuizUrl(quiz) + "/" + attempt)).StatusCode);
    }

    [Fact]
    public async Task Answers_posted_for_an_attempt_at_another_quiz_are_refused()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent());
        var (otherQuiz, _) = await EnrolledAsync(new QuizContent());
        var attempt = await StartAsync(client, otherQuiz);

        await SubmitAsync(client, quiz, attempt, RightAnswers(quiz));

        Assert.False(Assert.Single(await LearningArrange.AttemptsAsync(app.Factory, otherQuiz.QuizId)).IsSubmitted);
    }

    [Fact]
    public async Task A_double_submit_is_counted_once()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent { PassingScore = 100 });
        var attempt = await StartAsync(client, quiz);
        var page = await client.GetDocumentAsync(QuizUrl(quiz) + "/" + attempt);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task<string> SubmitOnceAsync()
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("attempt", attempt.ToString()), new($"q-{quiz.Single}", "b")]);
            var response = await client.PostAsync(new Uri(QuizUrl(quiz) + "?handler=Submit", UriKind.Relative), content);
            return response.Headers.Location!.OriginalString;
        }

        var redirects = await Task.WhenAll(SubmitOnceAsync(), SubmitOnceAsync());
        Assert.Single(redirects, r => r.EndsWith(attempt.ToString(), StringComparison.Ordinal));

        // Submitted again later with the right answers: refused, the first score stands.
        await SubmitAllRightAsync(client, quiz, attempt);
        var saved = Assert.Single(await LearningArrange.AttemptsAsync(app.Factory, quiz.QuizId));
        Assert.Equal(0, saved.Score);
        var progress = await app.Factory.QueryAsync(db => db.Set<ObjectProgress>().AsNoTracking().SingleAsync(p => p.ObjectId == quiz.QuizId));
        Assert.False(progress.IsCompleted);
        Assert.Equal(0, progress.Score);
    }

    [Fact]
    public async Task Learner_not_enrolled_cannot_start()
    {
        var quiz = await LearningArrange.QuizCourseAsync(app.Factory, Network, new QuizContent());
        var client = app.Factory.ClientFor(Learner);

        var page = await client.GetDocumentAsync(QuizUrl(quiz));
        Assert.Contains("Per fare il quiz devi essere iscritto al corso.", page.Body!.TextContent, StringComparison.Ordinal);
        var response = await client.PostFormAsync(QuizUrl(quiz), QuizUrl(quiz) + "?handler=Start", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await LearningArrange.AttemptsAsync(app.Factory, quiz.QuizId));
    }

    [Fact]
    public async Task Quiz_page_is_for_members_of_a_network_offering_the_course()
    {
        var (quiz, _) = await EnrolledAsync(new QuizContent());
        Assert.True((await app.Factory.ClientFor(null).GetAsync(QuizUrl(quiz))).IsSignInChallenge());
        Assert.True((await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Academy)).GetAsync(QuizUrl(quiz))).IsDenied());

        // A network that does not offer the course does not find it.
        var elsewhere = $"/reti/{DemoAccounts.Anci}/corsi/{quiz.CourseId}/quiz/{quiz.QuizId}";
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(Learner).GetAsync(elsewhere)).StatusCode);
    }

    [Fact]
    public async Task A_passed_attempt_whose_progress_was_lost_completes_the_quiz_when_the_quiz_is_opened()
    {
        var (quiz, client) = await EnrolledAsync(new QuizContent { PassingScore = 60, DrawCount = null, MaxAttempts = 3 });
        var attempt = await StartAsync(client, quiz);
        await SubmitAllRightAsync(client, quiz, attempt);
        await using (var db = app.Factory.Open())
        {
            // As if the process stopped between marking the attempt and recording the progress.
            await db.Set<ObjectProgress>().Where(p => p.ObjectId == quiz.QuizId).ExecuteDeleteAsync();
        }

        await client.GetDocumentAsync(QuizUrl(quiz));

        var progress = await app.Factory.QueryAsync(db => db.Set<ObjectProgress>().AsNoTracking().SingleAsync(p => p.ObjectId == quiz.QuizId));
        Assert.True(progress.IsCompleted);
        Assert.Equal(100, progress.Score);
    }
}
