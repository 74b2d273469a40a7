using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Assessments;
using Bottega.Learning.Features.Quizzes;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Assessments;

/// <summary>The Syllabus self-assessment: adaptive levels, pause between areas, recommendations, privacy.</summary>
public sealed class SelfAssessmentTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private const string Home = $"/reti/{Network}/autovalutazione";

    private Task<Guid> SyllabusAsync() =>
        app.Factory.QueryAsync(db => db.Set<CompetencyFramework>().Where(f => f.NetworkId == null && f.Code == "syllabus").Select(f => f.Id).SingleAsync());

    private async Task<Guid> StartAsync(HttpClient client, AssessmentKind kind = AssessmentKind.Initial)
    {
        var response = await client.PostFormAsync(Home, Home + "?handler=Start",
            new Dictionary<string, string> { ["frameworkId"] = (await SyllabusAsync()).ToString(), ["kind"] = kind.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }

    /// <summary>Answers the rounds of the current area: right up to the level given per competence code, wrong above it.</summary>
    private async Task AnswerAreaAsync(HttpClient client, Guid assessment, IReadOnlyDictionary<string, int> rightUpTo)
    {
        var url = $"{Home}/{assessment}";
        for (var round = 0; round < 5; round++)
        {
            var page = await client.GetDocumentAsync(url);
            var ids = page.QuerySelectorAll("form input[name^='q-']").Select(i => Guid.Parse(i.GetAttribute("name")![2..])).Distinct().ToList();
            if (ids.Count == 0)
            {
                return;
            }

            var questions = await app.Factory.QueryAsync(db => db.Set<Question>().AsNoTracking().Where(q => ids.Contains(q.Id))
                .Join(db.Set<Competence>(), q => q.CompetenceId, c => c.Id, (q, c) => new { Question = q, c.Code }).ToListAsync());
            var fields = new List<KeyValuePair<string, string>>
            {
                new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
                new("round", page.QuerySelector("input[name=round]")!.GetAttribute("value")!),
            };
            foreach (var x in questions)
            {
                var right = x.Question.Level <= rightUpTo.GetValueOrDefault(x.Code);
                fields.AddRange(Answer(x.Question, right).Select(v => new KeyValuePair<string, string>($"q-{x.Question.Id}", v)));
            }

            using var content = new FormUrlEncodedContent(fields);
            var response = await client.PostAsync(new Uri(url + "?handler=Answer", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    private static IEnumerable<string> Answer(Question question, bool right)
    {
        var options = QuizOptions.Read(question.Options);
        return question.Kind switch
        {
            QuestionKind.ShortAnswer => [right ? options[0].Text : "risposta sbagliata"],
            _ => right ? options.Where(o => o.Correct).Select(o => o.Id) : options.Where(o => !o.Correct).Take(1).Select(o => o.Id),
        };
    }

    private Task<AssessmentState> StateAsync(Guid assessment) =>
        app.Factory.QueryAsync(async db => AssessmentState.Read(await db.Set<Assessment>().Where(a => a.Id == assessment).Select(a => a.State).SingleAsync()));

    [Fact]
    public async Task The_syllabus_question_bank_is_seeded_with_two_questions_per_competence_and_level()
    {
        var framework = await SyllabusAsync();
        var counts = await app.Factory.QueryAsync(db => db.Set<Question>().AsNoTracking()
            .Join(db.Set<Competence>().Where(c => c.FrameworkId == framework), q => q.CompetenceId, c => c.Id, (q, c) => new { c.Code, q.Level })
            .ToListAsync());
        Assert.Equal(33, counts.GroupBy(c => (c.Code, c.Level)).Count(g => g.Count() >= 2));
        Assert.True(counts.Count >= 66);
    }

    [Fact]
    public async Task Levels_follow_the_answers_and_the_test_pauses_between_areas()
    {
        var client = app.Factory.ClientFor(DemoAccounts.Learner);
        var assessment = await StartAsync(client);

        await AnswerAreaAsync(client, assessment, new Dictionary<string, int> { ["1.1"] = 3, ["1.2"] = 1 });

        var state = await StateAsync(assessment);
        Assert.True(state.AreaDone);
        Assert.Equal(0, state.Area);
        var paused = await client.GetDocumentAsync($"{Home}/{assessment}");
        Assert.NotNull(paused.QuerySelector("form[action*='handler=Continue']"));

        // Paused: starting again resumes the same assessment.
        Assert.Equal(assessment, await StartAsync(client));

        for (var area = 1; area < 5; area++)
        {
            await client.PostFormAsync($"{Home}/{assessment}", $"{Home}/{assessment}?handler=Continue", new Dictionary<string, string>());
            await AnswerAreaAsync(client, assessment, new Dictionary<string, int> { ["4.1"] = 2 });
        }

        var results = await app.Factory.QueryAsync(db => db.Set<AssessmentResult>().AsNoTracking().Where(r => r.AssessmentId == assessment)
            .Join(db.Set<Competence>(), r => r.CompetenceId, c => c.Id, (r, c) => new { c.Code, r.Level }).ToListAsync());
        var levels = results.ToDictionary(r => r.Code, r => r.Level);
        Assert.Equal(11, levels.Count);
        Assert.Equal((3, 1, 0, 2, 0), (levels["1.1"], levels["1.2"], levels["1.3"], levels["4.1"], levels["5.2"]));
        Assert.NotNull(await app.Factory.QueryAsync(db => db.Set<Assessment>().Where(a => a.Id == assessment).Select(a => a.CompletedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_form_posted_again_after_its_round_counts_once()
    {
        var client = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var assessment = await StartAsync(client, AssessmentKind.Final);
        var url = $"{Home}/{assessment}";
        var fields = new Dictionary<string, string> { ["round"] = "0" };

        await client.PostFormAsync(url, url + "?handler=Answer", fields);
        var afterFirst = await StateAsync(assessment);
        await client.PostFormAsync(url, url + "?handler=Answer", fields);

        Assert.Equal(1, (await StateAsync(assessment)).Round);
        Assert.True(afterFirst.AreaDone);
    }

    [Fact]
    public async Task Recommendations_list_the_path_courses_above_the_persons_levels()
    {
        var framework = await SyllabusAsync();
        var network = await app.Factory.NetworkAsync(Network);
        var above = await LearningArrange.CourseAsync(app.Factory, Network, "Documenti informatici avanzati");
        var below = await LearningArrange.CourseAsync(app.Factory, Network, "Ricerca di informazioni di base");
        var untested = await LearningArrange.CourseAsync(app.Factory, Network, "Comunicare in ufficio");
        await using (var db = app.Factory.Open())
        {
            var competences = await db.Set<Competence>().Where(c => c.FrameworkId == framework).ToDictionaryAsync(c => c.Code, c => c.Id);
            db.AddRange(CourseCompetence.Create(above, competences["1.2"], 2), CourseCompetence.Create(below, competences["1.1"], 2),
                CourseCompetence.Create(untested, competences["2.1"], 1));
            var path = LearningPath.Create(network.Id, "Competenze digitali", "", "", framework, TimeProvider.System.GetUtcNow().UtcDateTime);
            path.Publish();
            db.Add(path);
            db.AddRange(PathStep.Create(path.Id, above, 1, true, null), PathStep.Create(path.Id, below, 2, true, null), PathStep.Create(path.Id, untested, 3, true, null));
            await db.SaveChangesAsync();
        }

        var client = app.Factory.ClientFor(DemoAccounts.ReferentOf(Network));
        var assessment = await StartAsync(client);
        await AnswerAreaAsync(client, assessment, new Dictionary<string, int> { ["1.1"] = 3, ["1.2"] = 1 });
        for (var area = 1; area < 5; area++)
        {
            await client.PostFormAsync($"{Home}/{assessment}", $"{Home}/{assessment}?handler=Continue", new Dictionary<string, string>());
            await AnswerAreaAsync(client, assessment, new Dictionary<string, int> { ["2.1"] = 1 });
        }

        var page = await client.GetDocumentAsync($"{Home}/{assessment}");
        var recommended = page.QuerySelectorAll("#recommended a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Documenti informatici avanzati"], recommended);
    }

    [Fact]
    public async Task Another_person_cannot_open_or_answer_someone_elses_assessment()
    {
        var assessment = await StartAsync(app.Factory.ClientFor(DemoAccounts.Learner));
        var other = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Home}/{assessment}")).StatusCode);
        var answer = await other.PostFormAsync(Home, $"{Home}/{assessment}?handler=Answer", new Dictionary<string, string> { ["round"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(0, (await StateAsync(assessment)).Round);
        var list = await other.GetDocumentAsync(Home);
        Assert.Null(list.QuerySelector($"a[href$='{assessment}']"));
    }

    [Fact]
    public async Task Self_assessment_pages_are_for_members()
    {
        var assessment = await StartAsync(app.Factory.ClientFor(DemoAccounts.Learner));
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync(Home)).StatusCode);
        Assert.True((await app.Factory.ClientFor(null).GetAsync(Home)).IsSignInChallenge());
        Assert.True((await app.Factory.ClientFor(null).GetAsync($"{Home}/{assessment}")).IsSignInChallenge());
        Assert.True((await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Academy)).GetAsync(Home)).IsDenied());
    }
}
