using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Quizzes;
using Bottega.Learning.Objects;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Quizzes;

/// <summary>Teachers edit the question bank and settings of quizzes of their own network's courses.</summary>
public sealed class QuestionBankTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;

    private static string BankUrl(QuizCourse quiz, string network = Network) => $"/reti/{network}/gestione/corsi/{quiz.CourseId}/quiz/{quiz.QuizId}/domande";

    private Task<List<Question>> QuestionsAsync(QuizCourse quiz) =>
        app.Factory.QueryAsync(db => db.Set<Question>().AsNoTracking().Where(q => q.ObjectId == quiz.QuizId).OrderBy(q => q.Position).ToListAsync());

    [Fact]
    public async Task Teacher_adds_a_question_of_each_kind_and_it_is_audited()
    {
        var quiz = await LearningArrange.QuizCourseAsync(app.Factory, Network, new QuizContent());
        var client = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var url = BankUrl(quiz);
        var forms = new[]
        {
            new Dictionary<string, string> { ["Input.Kind"] = "SingleChoice", ["Input.Text"] = "Singola?", ["Input.Points"] = "2",
                ["Input.Choices[0].Text"] = "Sì", ["Input.Choices[0].Correct"] = "true", ["Input.Choices[1].Text"] = "No" },
            new Dictionary<string, string> { ["Input.Kind"] = "MultipleChoice", ["Input.Text"] = "Multipla?", ["Input.Points"] = "1",
                ["Input.Choices[0].Text"] = "A", ["Input.Choices[0].Correct"] = "true", ["Input.Choices[1].Text"] = "B", ["Input.Choices[1].Correct"] = "true" },
            new Dictionary<string, string> { ["Input.Kind"] = "TrueFalse", ["Input.Text"] = "Vero?", ["Input.Points"] = "1", ["Input.TrueAnswer"] = "false" },
            new Dictionary<string, string> { ["Input.Kind"] = "ShortAnswer", ["Input.Text"] = "Breve?", ["Input.Points"] = "1", ["Input.AcceptedAnswers"] = "PEC\nposta certificata" },
        };
        foreach (var form in forms)
        {
            var response = await client.PostFormAsync(url, url + "?handler=Save", form);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var questions = await QuestionsAsync(quiz);
        Assert.Equal(8, questions.Count);
        var added = questions.TakeLast(4).ToList();
        Assert.Equal([QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.TrueFalse, QuestionKind.ShortAnswer], added.Select(q => q.Kind));
        Assert.Equal(2, added[0].Points);
        Assert.True(QuizOptions.IsCorrect(QuestionKind.TrueFalse, added[2].Options, [QuizOptions.False]));
        Assert.True(QuizOptions.IsCorrect(QuestionKind.ShortAnswer, added[3].Options, ["Posta Certificata"]));
        Assert.Equal(4, (await app.Factory.AuditAsync("quiz.question.added")).Count(a => added.Select(q => q.Id.ToString()).Contains(a.TargetId)));
    }

    [Theory]
    [InlineData("SingleChoice", "Una domanda a risposta singola ha esattamente una risposta giusta.")]
    [InlineData("MultipleChoice", "")]
    [InlineData("ShortAnswer", "Scrivi almeno una risposta accettata.")]
    public async Task Invalid_questions_are_refused_with_a_message(string kind, string message)
    {
        var quiz = await LearningArrange.QuizCourseAsync(app.Factory, Network, new QuizContent());
        var client = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var url = BankUrl(quiz);
        var form = new Dictionary<string, string>
        {
            ["Input.Kind"] = kind,
            ["Input.Text"] = "Testo",
            ["Input.Points"] = "1",
            ["Input.Choices[0].Text"] = "A",
            ["Input.Choices[1].Text"] = "B"
        };
        if (kind == "SingleChoice")
        {
            form["Input.Choices[0].Correct"] = "true";
            form["Input.Choices[1].Correct"] = "true";
        }

        var response = await client.PostFormAsync(url, url + "?handler=Save", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await response.ParseAsync()).Body!.TextContent;
        Assert.Contains(message.Length > 0 ? message : "Indica almeno una risposta giusta.", text, StringComparison.Ordinal);
        Assert.Equal(4, (await QuestionsAsync(quiz)).Count);
    }

    [Fact]
    public async Task Teacher_edits_and_deletes_a_question()
    {
        var quiz = await LearningArrange.QuizCourseAsync(app.Factory, Network, new QuizContent());
        var client = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var url = BankUrl(quiz);
        var edit = await client.GetDocumentAsync(url + "?domanda=" + quiz.TrueFalse);
        Assert.Equal(quiz.TrueFalse.ToString(), edit.QuerySelector("input[name='Input.Id']")!.GetAttribute("value"));

        await client.PostFormAsync(url, url + "?handler=Save", new Dictionary<string, string>
        {
            ["Input.Id"] = quiz.TrueFalse.ToString(),
            ["Input.Kind"] = "TrueFalse",
            ["Input.Text"] = "Cambiata",
            ["Input.Points"] = "3",
            ["Input.TrueAnswer"] = "false",
        });
        await client.PostFormAsync(url, url + "?handler=Delete", new Dictionary<string, string> { ["questionId"] = quiz.Single.ToString() });

        var questions = await QuestionsAsync(quiz);
        Assert.DoesNotContain(questions, q => q.Id == quiz.Single);
        var changed = questions.Single(q => q.Id == quiz.TrueFalse);
        Assert.Equal(("Cambiata", 3), (changed.Text, changed.Points));
        Assert.Single(await app.Factory.AuditAsync("quiz.question.deleted"), a => a.TargetId == quiz.Single.ToString());
    }

    [Fact]
    public async Task Settings_are_validated_against_the_bank()
    {
        var quiz = await LearningArrange.QuizCourseAsync(app.Factory, Network, new QuizContent());
        var client = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var url = BankUrl(quiz);

        var tooMany = await client.PostFormAsync(url, url + "?handler=Settings", new Dictionary<string, string>
        {
            ["Settings.PassingScore"] = "0",
            ["Settings.DrawCount"] = "5",
            ["Settings.MaxAttempts"] = "2",
        });
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        var text = (await tooMany.ParseAsync()).Body!.TextContent;
        Assert.Contains("Il punteggio minimo va da 1 a 100.", text, StringComparison.Ordinal);
        Assert.Contains("non più di quelle in archivio", text, StringComparison.Ordinal);

        var ok = await client.PostFormAsync(url, url + "?handler=Settings", new Dictionary<string, string>
        {
            ["Settings.PassingScore"] = "80",
            ["Settings.DrawCount"] = "3",
            ["Settings.MaxAttempts"] = "",
            ["Settings.ShowFeedback"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var content = await app.Factory.QueryAsync(db => db.Set<LearningObject>().AsNoTracking().Where(o => o.Id == quiz.QuizId).Select(o => o.Content).SingleAsync());
        var settings = ObjectContent.Read<QuizContent>(content);
        Assert.Equal((80, 3, (int?)null, false), (settings.PassingScore, settings.DrawCount!.Value, settings.MaxAttempts, settings.ShowFeedback));
    }

    [Fact]
    public async Task Teacher_of_another_network_cannot_edit_the_bank()
    {
        // Offered in ANCI by federation, owned by RUP: ANCI's teacher does not find it, and is not a teacher in RUP.
        var quiz = await LearningArrange.QuizCourseAsync(app.Factory, Network, new QuizContent(), DemoAccounts.Anci);
        var foreign = app.Factory.ClientFor(DemoAccounts.TeacherOf(DemoAccounts.Anci));
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync(BankUrl(quiz, DemoAccounts.Anci))).StatusCode);
        Assert.True((await foreign.GetAsync(BankUrl(quiz))).IsDenied());

        var response = await foreign.PostFormAsync($"/reti/{DemoAccounts.Anci}/autovalutazione", BankUrl(quiz, DemoAccounts.Anci) + "?handler=Delete",
            new Dictionary<string, string> { ["questionId"] = quiz.Single.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(4, (await QuestionsAsync(quiz)).Count);
    }

    [Fact]
    public async Task Bank_page_is_for_teachers_only()
    {
        var quiz = await LearningArrange.QuizCourseAsync(app.Factory, Network, new QuizContent());
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)).GetAsync(BankUrl(quiz))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(BankUrl(quiz))).StatusCode);
        Assert.True((await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync(BankUrl(quiz))).IsDenied());
        Assert.True((await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Academy)).GetAsync(BankUrl(quiz))).IsDenied());
        Assert.True((await app.Factory.ClientFor(null).GetAsync(BankUrl(quiz))).IsSignInChallenge());
    }
}
