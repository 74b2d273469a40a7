using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Api;

public sealed class LearningApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;

    [Fact]
    public async Task The_catalogue_is_public_searchable_and_paged()
    {
        var id = await Authoring.Authoring.PublishedCourseAsync(app.Factory, app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)), Network, "Firma digitale e sigilli elettronici");

        var response = await app.Factory.ClientFor(null).GetAsync($"/api/v1/networks/{Network}/courses?q=firme+digitali&page=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(json.GetProperty("courses").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData("level=7")]
    [InlineData("page=0")]
    public async Task Bad_catalogue_parameters_are_a_validation_problem(string query)
    {
        var response = await app.Factory.ClientFor(null).GetAsync($"/api/v1/networks/{Network}/courses?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_course_detail_lists_modules_objects_and_competences_and_unknown_ids_are_problem_404()
    {
        var id = await Authoring.Authoring.PublishedCourseAsync(app.Factory, app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)), Network, "Corso per l'API");

        var json = await app.Factory.ClientFor(null).GetFromJsonAsync<JsonElement>($"/api/v1/networks/{Network}/courses/{id}");
        var missing = await app.Factory.ClientFor(null).GetAsync($"/api/v1/networks/{Network}/courses/{Guid.NewGuid()}");
        var otherNetwork = await app.Factory.ClientFor(null).GetAsync($"/api/v1/networks/{DemoAccounts.Academy}/courses/{id}");
        var unknownNetwork = await app.Factory.ClientFor(null).GetAsync($"/api/v1/networks/non-esiste/courses");

        Assert.Equal("Corso per l'API", json.GetProperty("title").GetString());
        var module = json.GetProperty("modules").EnumerateArray().Single();
        Assert.Equal("Introduzione", module.GetProperty("objects").EnumerateArray().Single().GetProperty("title").GetString());
        Assert.True(json.TryGetProperty("competences", out _));
        foreach (var response in new[] { missing, otherNetwork, unknownNetwork })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Paths_are_listed_with_their_hours()
    {
        var response = await app.Factory.ClientFor(null).GetAsync($"/api/v1/networks/{Network}/paths");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await response.Content.ReadFromJsonAsync<JsonElement>()).ValueKind);
    }

    [Fact]
    public async Task My_learning_needs_a_signed_in_person_and_answers_401_problem_otherwise()
    {
        var anonymous = await app.Factory.ClientFor(null).GetAsync("/api/v1/me/learning");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        var learner = app.Factory.ClientFor(DemoAccounts.Learner);
        var id = await Authoring.Authoring.PublishedCourseAsync(app.Factory, app.Factory.ClientFor(DemoAccounts.TeacherOf(Network)), Network, "Corso della mia formazione");
        await learner.PostFormAsync($"/reti/{Network}/corsi/{id}", $"/reti/{Network}/corsi/{id}?handler=Enrol", new Dictionary<string, string>());

        var json = await learner.GetFromJsonAsync<JsonElement>("/api/v1/me/learning");
        Assert.Contains(json.GetProperty("enrolments").EnumerateArray(), e => e.GetProperty("courseId").GetGuid() == id);
        Assert.True(json.TryGetProperty("hoursThisYear", out _));
    }

    [Fact]
    public async Task A_referent_sees_the_progress_of_their_own_staff_only_and_an_admin_of_anyone()
    {
        var referent = await app.Factory.MembershipAsync(Network, DemoAccounts.ReferentOf(Network));
        var (colleague, stranger) = await app.Factory.QueryAsync(async db =>
        {
            var members = db.Set<NetworkMembership>().IgnoreQueryFilters().Where(m => m.NetworkId == referent!.NetworkId && m.Status == MembershipStatus.Active);
            var mine = await members.Where(m => m.OrganizationId == referent!.ReferentOfOrganizationId && m.UserId != referent.UserId).Select(m => m.UserId).FirstAsync();
            var other = await members.Where(m => m.OrganizationId != null && m.OrganizationId != referent!.ReferentOfOrganizationId).Select(m => m.UserId).FirstAsync();
            return (mine, other);
        });
        var client = app.Factory.ClientFor(DemoAccounts.ReferentOf(Network));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/networks/{Network}/members/{colleague}/progress")).StatusCode);
        var forbidden = await client.GetAsync($"/api/v1/networks/{Network}/members/{stranger}/progress");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetAsync($"/api/v1/networks/{Network}/members/{stranger}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync($"/api/v1/networks/{Network}/members/{colleague}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Academy)).GetAsync($"/api/v1/networks/{Network}/members/{colleague}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Factory.ClientFor(null).GetAsync($"/api/v1/networks/{Network}/members/{colleague}/progress")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var json = await app.Factory.ClientFor(null).GetFromJsonAsync<JsonElement>("/api/v1/openapi.json");
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/v1/networks/{network}/courses", paths);
        Assert.Contains("/api/v1/networks/{network}/courses/{id}", paths);
        Assert.Contains("/api/v1/networks/{network}/paths", paths);
        Assert.Contains("/api/v1/me/learning", paths);
        Assert.Contains("/api/v1/networks/{network}/members/{userId}/progress", paths);
    }
}
