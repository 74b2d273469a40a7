using System.Net;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Authoring;

public sealed class FederationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Owner = DemoAccounts.Rup;
    private const string Guest = DemoAccounts.Anci;

    [Fact]
    public async Task A_course_offered_to_another_network_is_in_its_catalogue_and_shares_the_one_enrolment()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Owner));
        var id = await Authoring.PublishedCourseAsync(app.Factory, admin, Owner, "Lavoro agile nella pubblica amministrazione");
        var guest = await app.Factory.NetworkAsync(Guest);

        var offered = await Authoring.PostAsync(admin, Owner, id, "Offer", new() { ["networkId"] = guest.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        Assert.Contains(await app.Factory.AuditAsync("course.offered"), a => a.TargetId == id.ToString());

        var learner = app.Factory.ClientFor(DemoAccounts.Learner);
        var catalogue = await learner.GetDocumentAsync($"/reti/{Guest}/corsi?q=lavoro+agile");
        Assert.Contains("Lavoro agile nella pubblica amministrazione", catalogue.Text(), StringComparison.Ordinal);

        var enrol = await learner.PostFormAsync($"/reti/{Guest}/corsi/{id}", $"/reti/{Guest}/corsi/{id}?handler=Enrol", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);
        var ownerPage = await learner.GetDocumentAsync($"/reti/{Owner}/corsi/{id}");
        Assert.NotNull(ownerPage.QuerySelector($"a[href$='/contenuti/{await FirstObjectAsync(id)}']"));
        var userId = await app.Factory.UserIdAsync(DemoAccounts.Learner);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Set<Enrolment>().CountAsync(e => e.CourseId == id && e.UserId == userId)));

        var withdrawn = await Authoring.PostAsync(admin, Owner, id, "WithdrawOffer", new() { ["networkId"] = guest.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/reti/{Guest}/corsi/{id}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_owning_networks_admin_offers_a_course_and_only_when_published()
    {
        var teacher = app.Factory.ClientFor(DemoAccounts.TeacherOf(Owner));
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Owner));
        var guest = await app.Factory.NetworkAsync(Guest);
        var draft = await Authoring.CreateCourseAsync(admin, Owner, "Corso non ancora pubblicato");
        var published = await Authoring.PublishedCourseAsync(app.Factory, teacher, Owner, "Corso pubblicato da un docente");

        var byTeacher = await Authoring.PostAsync(teacher, Owner, published, "Offer", new() { ["networkId"] = guest.Id.ToString() });
        var ofDraft = await Authoring.MessageAfterAsync(admin, await Authoring.PostAsync(admin, Owner, draft, "Offer", new() { ["networkId"] = guest.Id.ToString() }));

        Assert.True(byTeacher.IsDenied());
        Assert.Contains("Solo un corso pubblicato può essere offerto ad altre reti.", ofDraft, StringComparison.Ordinal);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<CourseOffering>().IgnoreQueryFilters()
            .AnyAsync(o => o.NetworkId == guest.Id && (o.CourseId == draft || o.CourseId == published))));
    }

    private Task<Guid> FirstObjectAsync(Guid courseId) =>
        app.Factory.QueryAsync(db => db.Set<LearningObject>().Where(o => o.CourseId == courseId).Select(o => o.Id).FirstAsync());
}
