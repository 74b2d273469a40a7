using System.Net;
using System.Text.Json.Nodes;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Bottega.Demo;
using Bottega.Learning.Contracts;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Credentials.Tests.Issuing;

public sealed class IssuingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    private Task<List<Credential>> CredentialsAsync(Guid achievementId) =>
        app.Factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters().AsNoTracking().Where(c => c.AchievementId == achievementId).ToListAsync());

    [Fact]
    public async Task Completing_a_course_issues_its_badge_once_in_both_open_badges_3_formats()
    {
        var course = await CredentialsArrange.BadgedCourseAsync(app.Factory, Network);
        await CredentialsArrange.CompleteAsync(app.Factory, course, DemoAccounts.Learner);

        var credential = Assert.Single(await CredentialsAsync(course.AchievementId));
        var userId = await app.Factory.UserIdAsync(DemoAccounts.Learner);
        Assert.Equal(userId, credential.RecipientUserId);
        Assert.True(Identities.Matches(DemoAccounts.Learner, credential.IdentitySalt, credential.IdentityHash));
        Assert.DoesNotContain(DemoAccounts.Learner, credential.SignedJson, StringComparison.OrdinalIgnoreCase);
        var json = JsonNode.Parse(credential.SignedJson)!;
        Assert.Equal("OpenBadgeCredential", json["type"]![1]!.GetValue<string>());
        Assert.Equal(3, credential.Jwt.Split('.').Length);
    }

    [Fact]
    public async Task A_completion_delivered_twice_issues_no_second_credential()
    {
        var course = await CredentialsArrange.BadgedCourseAsync(app.Factory, Network);
        await CredentialsArrange.CompleteAsync(app.Factory, course, DemoAccounts.ModeratorOf(Network));
        var enrolmentId = await app.Factory.QueryAsync(db => db.Set<Bottega.Learning.Domain.Enrolment>().IgnoreQueryFilters()
            .Where(e => e.CourseId == course.CourseId).Select(e => e.Id).SingleAsync());
        var userId = await app.Factory.UserIdAsync(DemoAccounts.ModeratorOf(Network));
        var network = await app.Factory.NetworkAsync(Network);

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var handler = scope.ServiceProvider.GetServices<ICourseCompletionHandler>().Single();
            var again = new CourseCompleted(enrolmentId, userId, course.CourseId, network.Id, "x", 1, new Dictionary<Guid, int>(), TimeProvider.System.GetUtcNow().UtcDateTime);
            await handler.HandleAsync(again, CancellationToken.None);
            await Task.WhenAll(handler.HandleAsync(again, CancellationToken.None), HandleInNewScopeAsync(again));
        }

        Assert.Single(await CredentialsAsync(course.AchievementId));
    }

    private async Task HandleInNewScopeAsync(CourseCompleted completion)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<ICourseCompletionHandler>().Single().HandleAsync(completion, CancellationToken.None);
    }

    [Fact]
    public async Task The_hosted_assertion_links_to_its_badge_class_and_issuer_with_the_json_ld_content_type()
    {
        var course = await CredentialsArrange.BadgedCourseAsync(app.Factory, Network);
        await CredentialsArrange.CompleteAsync(app.Factory, course, DemoAccounts.TeacherOf(Network));
        var credential = Assert.Single(await CredentialsAsync(course.AchievementId));
        var anonymous = app.Factory.ClientFor(null);

        var assertionResponse = await anonymous.GetAsync($"/ob/v2/assertions/{credential.PublicId}");
        Assert.Equal("application/ld+json", assertionResponse.Content.Headers.ContentType!.MediaType);
        var assertion = JsonNode.Parse(await assertionResponse.Content.ReadAsStringAsync())!;
        var badge = JsonNode.Parse(await anonymous.GetStringAsync(assertion["badge"]!.GetValue<string>()))!;
        var issuer = JsonNode.Parse(await anonymous.GetStringAsync(badge["issuer"]!.GetValue<string>()))!;

        Assert.Equal("https://w3id.org/openbadges/v2", assertion["@context"]!.GetValue<string>());
        Assert.Equal("hosted", assertion["verification"]!["type"]!.GetValue<string>());
        Assert.True(assertion["recipient"]!["hashed"]!.GetValue<bool>());
        Assert.True(Identities.Matches(DemoAccounts.TeacherOf(Network), assertion["recipient"]!["salt"]!.GetValue<string>(),
            assertion["recipient"]!["identity"]!.GetValue<string>()));
        Assert.Equal("BadgeClass", badge["type"]!.GetValue<string>());
        Assert.Equal("4.1", badge["alignment"]![0]!["targetCode"]!.GetValue<string>());
        Assert.Equal("Issuer", issuer["type"]!.GetValue<string>());
        Assert.EndsWith("/revocations", issuer["revocationList"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_issuer_did_document_publishes_its_ed25519_key_as_a_multikey()
    {
        var course = await CredentialsArrange.BadgedCourseAsync(app.Factory, Network);
        await CredentialsArrange.CompleteAsync(app.Factory, course, DemoAccounts.ReferentOf(Network));

        var document = JsonNode.Parse(await app.Factory.ClientFor(null).GetStringAsync($"/reti/{Network}/did.json"))!;
        var jwt = Assert.Single(await CredentialsAsync(course.AchievementId)).Jwt;

        Assert.Equal($"did:web:localhost:reti:{Network}", document["id"]!.GetValue<string>());
        var method = document["verificationMethod"]![0]!;
        Assert.Equal("Multikey", method["type"]!.GetValue<string>());
        Assert.StartsWith("z6Mk", method["publicKeyMultibase"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(method["id"]!.GetValue<string>(), VcJwt.Parse(jwt)!.KeyId);
    }

    [Fact]
    public async Task Unknown_documents_answer_not_found()
    {
        var anonymous = app.Factory.ClientFor(null);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/ob/v2/assertions/nonexistent")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/ob/v2/badges/{Guid.NewGuid():N}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/ob/v2/issuers/nessuna-rete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/ob/v3/credentials/nonexistent")).StatusCode);
    }

    [Fact]
    public async Task Completing_the_last_required_course_of_a_path_issues_the_path_badge()
    {
        var course = await CredentialsArrange.BadgedCourseAsync(app.Factory, Network);
        var network = await app.Factory.NetworkAsync(Network);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        Guid pathBadge;
        await using (var db = app.Factory.Open())
        {
            var path = Bottega.Learning.Domain.LearningPath.Create(network.Id, "Percorso breve", "Sintesi", "Descrizione", null, now);
            path.Publish();
            var badge = Achievement.Create(network.Id, AchievementKind.Path, path.Id, null, "Percorso breve completato", "Descrizione", "Completare il percorso.", now);
            db.AddRange(path, Bottega.Learning.Domain.PathStep.Create(path.Id, course.CourseId, 1, true, null), badge);
            await db.SaveChangesAsync();
            pathBadge = badge.Id;
        }

        await CredentialsArrange.CompleteAsync(app.Factory, course, DemoAccounts.AdminOf(Network));

        var issued = Assert.Single(await CredentialsAsync(pathBadge));
        Assert.Equal("LearningProgram", JsonNode.Parse(issued.SignedJson)!["credentialSubject"]!["achievement"]!["achievementType"]!.GetValue<string>());
    }
}
