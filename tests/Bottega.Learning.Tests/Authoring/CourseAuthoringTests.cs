using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Learning.Tests.Authoring;

public sealed class CourseAuthoringTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private const string OtherNetwork = DemoAccounts.Academy;

    private HttpClient Teacher => app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));

    [Fact]
    public async Task A_new_course_is_a_draft_owned_by_the_network_and_offered_in_its_catalogue()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso appena creato");

        var network = await app.Factory.NetworkAsync(Network);
        await using var db = app.Factory.Open();
        var course = await db.Set<Course>().SingleAsync(c => c.Id == id);
        Assert.Equal(network.Id, course.NetworkId);
        Assert.Equal(CourseStatus.Draft, course.Status);
        Assert.True(await db.Set<CourseOffering>().IgnoreQueryFilters().AnyAsync(o => o.CourseId == id && o.NetworkId == network.Id));
        var list = await client.GetDocumentAsync(Authoring.Courses(Network) + "?status=Draft");
        Assert.Contains("Corso appena creato", list.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_is_refused_without_a_module_with_required_content()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso vuoto");

        var text = await Authoring.MessageAfterAsync(client, await Authoring.PostAsync(client, Network, id, "Publish"));

        Assert.Contains("aggiungi almeno un modulo con un contenuto obbligatorio", text, StringComparison.Ordinal);
        Assert.Equal(CourseStatus.Draft, await app.Factory.QueryAsync(db => db.Set<Course>().Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_published_course_is_found_by_an_inflected_word_and_an_archived_one_is_not()
    {
        var client = Teacher;
        var id = await Authoring.PublishedCourseAsync(app.Factory, client, Network, "Rendicontazione dei finanziamenti europei");

        var found = await client.GetDocumentAsync($"/reti/{Network}/corsi?q=finanziamento+europeo");
        Assert.Contains("Rendicontazione dei finanziamenti europei", found.Text(), StringComparison.Ordinal);
        var audit = await app.Factory.AuditAsync("course.published");
        Assert.Contains(audit, a => a.TargetId == id.ToString());

        await Authoring.PostAsync(client, Network, id, "Archive");
        var after = await client.GetDocumentAsync($"/reti/{Network}/corsi?q=finanziamento+europeo");
        Assert.DoesNotContain("Rendicontazione dei finanziamenti europei", after.Text(), StringComparison.Ordinal);
        Assert.Contains(await app.Factory.AuditAsync("course.archived"), a => a.TargetId == id.ToString());
    }

    [Fact]
    public async Task Markdown_with_a_script_is_sanitized_on_the_course_page_and_in_the_preview()
    {
        var client = Teacher;
        const string markdown = "# Titolo\n\n<script>alert('x')</script>\n\n[link](javascript:alert(1)) **grassetto**";
        var id = await Authoring.PublishedCourseAsync(app.Factory, client, Network, "Corso con markdown");
        await Authoring.DescribeAsync(client, Network, id, "Corso con markdown", markdown);

        var html = await (await client.GetAsync($"/reti/{Network}/corsi/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
        Assert.Contains("<strong>grassetto</strong>", html, StringComparison.Ordinal);

        var preview = await Authoring.PostAsync(client, Network, id, "Preview", new() { ["Input.Description"] = markdown });
        var body = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<strong>grassetto</strong>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hours_outside_the_range_are_refused_with_a_message()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso con ore sbagliate");
        var response = await Authoring.DescribeAsync(client, Network, id, "Corso con ore sbagliate", "", hours: 900);
        var page = await response.ParseAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le ore devono essere tra 0,5 e 500.", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modules_are_reordered_and_deleted_with_an_audit_entry()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso a moduli");
        var first = await Authoring.AddModuleWithPageAsync(app.Factory, client, Network, id, "Uno");
        var second = await Authoring.AddModuleWithPageAsync(app.Factory, client, Network, id, "Due");

        await Authoring.PostAsync(client, Network, id, "MoveModule", new() { ["moduleId"] = second.ToString(), ["up"] = "true" });
        var order = await app.Factory.QueryAsync(db => db.Set<CourseModule>().Where(m => m.CourseId == id).OrderBy(m => m.Position).Select(m => m.Id).ToListAsync());
        Assert.Equal([second, first], order);

        await Authoring.PostAsync(client, Network, id, "DeleteModule", new() { ["moduleId"] = first.ToString() });
        Assert.False(await app.Factory.QueryAsync(db => db.Set<LearningObject>().AnyAsync(o => o.ModuleId == first)));
        Assert.Contains(await app.Factory.AuditAsync("course.module-deleted"), a => a.TargetId == id.ToString());
    }

    [Fact]
    public async Task Teachers_are_added_by_member_email_or_as_external_experts()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso con docenti");
        await Authoring.PostAsync(client, Network, id, "Teacher", new() { ["email"] = DemoAccounts.TeacherOf(Network).ToUpperInvariant() });
        var unknown = await Authoring.MessageAfterAsync(client, await Authoring.PostAsync(client, Network, id, "Teacher", new() { ["email"] = "nessuno@example.org" }));
        await Authoring.PostAsync(client, Network, id, "ExternalTeacher", new() { ["name"] = "Maria Rossi", ["affiliation"] = "Università di Torino" });

        Assert.Contains("Nessun membro della rete ha questo indirizzo e-mail.", unknown, StringComparison.Ordinal);
        var teacherId = await app.Factory.UserIdAsync(DemoAccounts.TeacherOf(Network));
        var teachers = await app.Factory.QueryAsync(db => db.Set<CourseTeacher>().Where(t => t.CourseId == id).ToListAsync());
        Assert.Contains(teachers, t => t.UserId == teacherId);
        Assert.Contains(teachers, t => t.UserId == null && t.Name == "Maria Rossi" && t.Affiliation == "Università di Torino");
    }

    [Fact]
    public async Task Competences_of_the_national_framework_are_chosen_with_a_level()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso con competenze");
        var competence = await app.Factory.QueryAsync(db => db.Set<Competence>()
            .Where(c => db.Set<CompetencyFramework>().Any(f => f.Id == c.FrameworkId && f.NetworkId == null)).Select(c => c.Id).FirstAsync());

        await Authoring.PostAsync(client, Network, id, "Competences", new() { ["selected"] = competence.ToString(), [$"levels[{competence}]"] = "2" });

        var saved = await app.Factory.QueryAsync(db => db.Set<CourseCompetence>().SingleAsync(c => c.CourseId == id));
        Assert.Equal((competence, 2), (saved.CompetenceId, saved.Level));
    }

    [Fact]
    public async Task A_file_that_is_not_what_its_extension_says_is_refused()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso con documento");
        var moduleId = await Authoring.AddModuleWithPageAsync(app.Factory, client, Network, id);
        var url = $"{Authoring.Editor(Network, id)}/contenuti?modulo={moduleId}&tipo=Document";

        var response = await Authoring.PostFileAsync(client, url, url, new() { ["Input.Title"] = "Regolamento", ["Input.Required"] = "true" }, "file", "regolamento.pdf",
            "questo non è un PDF"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("il contenuto non corrisponde all'estensione", (await response.ParseAsync()).Text(), StringComparison.Ordinal);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<LearningObject>().AnyAsync(o => o.CourseId == id && o.Title == "Regolamento")));
    }

    [Fact]
    public async Task A_real_pdf_is_stored_and_becomes_a_document_object()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso con PDF");
        var moduleId = await Authoring.AddModuleWithPageAsync(app.Factory, client, Network, id);
        var url = $"{Authoring.Editor(Network, id)}/contenuti?modulo={moduleId}&tipo=Document";

        var response = await Authoring.PostFileAsync(client, url, url, new() { ["Input.Title"] = "Delibera", ["Input.Required"] = "true" }, "file", "delibera.pdf",
            "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await app.Factory.QueryAsync(db => db.Set<LearningObject>().SingleAsync(o => o.CourseId == id && o.Title == "Delibera"));
        var content = Objects.ObjectContent.Read<Objects.DocumentContent>(item.Content);
        Assert.NotNull(content.FileId);
        Assert.Equal("delibera.pdf", content.FileName);
    }

    [Fact]
    public async Task A_cover_over_two_megabytes_is_refused()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso con copertina grande");
        var png = new byte[(2 * 1024 * 1024) + 10];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        var editor = Authoring.Editor(Network, id);

        var response = await Authoring.PostFileAsync(client, editor, editor + "?handler=Cover", [], "cover", "copertina.png", png);

        Assert.Contains("Il file supera il limite di 2 MB.", await Authoring.MessageAfterAsync(client, response), StringComparison.Ordinal);
        Assert.Null(await app.Factory.QueryAsync(db => db.Set<Course>().Where(c => c.Id == id).Select(c => c.CoverFileId).SingleAsync()));
    }

    [Fact]
    public async Task A_video_address_must_be_https()
    {
        var client = Teacher;
        var id = await Authoring.CreateCourseAsync(client, Network, "Corso con video");
        var moduleId = await Authoring.AddModuleWithPageAsync(app.Factory, client, Network, id);
        var url = $"{Authoring.Editor(Network, id)}/contenuti?modulo={moduleId}&tipo=Video";

        var refused = await client.PostFormAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Video", ["Input.Url"] = "http://example.org/v.mp4", ["Input.CompletePercent"] = "80" });
        var accepted = await client.PostFormAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Video", ["Input.Url"] = "https://example.org/v.mp4", ["Input.CompletePercent"] = "80" });

        Assert.Contains("https://", (await refused.ParseAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var item = await app.Factory.QueryAsync(db => db.Set<LearningObject>().SingleAsync(o => o.CourseId == id && o.Kind == LearningObjectKind.Video));
        Assert.Equal(0.8, Objects.ObjectContent.Read<Objects.VideoContent>(item.Content).CompleteAtShare, 3);
    }

    [Fact]
    public async Task A_teacher_of_another_network_cannot_edit_the_course()
    {
        var id = await Authoring.CreateCourseAsync(Teacher, Network, "Corso di un'altra rete");
        var other = app.Factory.ClientFor(DemoAccounts.TeacherOf(OtherNetwork));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Authoring.Editor(OtherNetwork, id))).StatusCode);
        var list = await other.GetDocumentAsync(Authoring.Courses(OtherNetwork));
        Assert.DoesNotContain("Corso di un'altra rete", list.Text(), StringComparison.Ordinal);
        var otherEditor = Authoring.Courses(OtherNetwork);
        var response = await other.PostFormAsync(otherEditor, $"/reti/{OtherNetwork}/gestione/corsi/{id}?handler=Publish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await other.GetAsync(Authoring.Editor(Network, id))).IsDenied());
    }

    [Theory]
    [InlineData("/reti/{0}/gestione/corsi")]
    [InlineData("/reti/{0}/gestione/percorsi")]
    public async Task Authoring_pages_are_for_teachers_and_admins_only(string template)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Network);
        Assert.Equal(HttpStatusCode.OK, (await Teacher.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync(url)).StatusCode);
        Assert.True((await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync(url)).IsDenied());
        Assert.True((await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetAsync(url)).IsDenied());
        Assert.True((await app.Factory.ClientFor(DemoAccounts.AdminOf(OtherNetwork)).GetAsync(url)).IsDenied());
        Assert.True((await app.Factory.ClientFor(null).GetAsync(url)).IsSignInChallenge());
    }

    [Fact]
    public async Task Reindexing_everything_keeps_published_courses_searchable()
    {
        await Authoring.PublishedCourseAsync(app.Factory, Teacher, Network, "Protocollo informatico e conservazione");
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var tenant = scope.ServiceProvider.GetRequiredService<Bottega.Platform.Tenancy.ITenantContext>();
            var indexer = scope.ServiceProvider.GetRequiredService<Features.Authoring.CourseSearchIndexer>();
            Assert.True(await indexer.ReindexAllAsync(CancellationToken.None) > 0);
            Assert.Null(tenant.NetworkId);
        }

        var found = await Teacher.GetDocumentAsync($"/reti/{Network}/corsi?q=protocolli");
        Assert.Contains("Protocollo informatico e conservazione", found.Text(), StringComparison.Ordinal);
    }
}
