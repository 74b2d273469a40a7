using System.Globalization;
using System.Net;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Enrolments;

public sealed class AssignmentTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private async Task<(Guid OrganizationId, List<Guid> Staff)> ReferentStaffAsync()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var referent = await app.Factory.MembershipAsync(Network, DemoAccounts.ReferentOf(Network));
        var organization = referent!.ReferentOfOrganizationId!.Value;
        var staff = await app.Factory.QueryAsync(db => db.Set<NetworkMembership>().IgnoreQueryFilters(["tenant"])
            .Where(m => m.NetworkId == network.Id && m.OrganizationId == organization && m.Status == MembershipStatus.Active)
            .Select(m => m.UserId).ToListAsync());
        return (organization, staff);
    }


    private async Task<HttpResponseMessage> PostAsync(string email, Guid courseId, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var client = app.Factory.ClientFor(email);
        var path = LearningData.CoursePath(Network, courseId) + "/assegna";
        var document = await client.GetDocumentAsync(path);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(IEnumerable<Guid> people, DateOnly due) =>
        people.Select(p => new KeyValuePair<string, string>("Input.People", p.ToString()))
            .Append(new("Input.DueDate", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    [Fact]
    public async Task A_referent_assigns_a_course_to_fifty_of_their_staff_with_a_deadline()
    {
        var courseId = await app.Factory.CourseIdAsync(LearningData.OpenDataCourse);
        var (_, staff) = await ReferentStaffAsync();
        var chosen = staff.Take(50).ToList();
        var due = Today.AddDays(60);

        var response = await PostAsync(DemoAccounts.ReferentOf(Network), courseId, Fields(chosen, due));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The demo's union staff took this course of the path too: only the chosen people's enrolments are this assignment's.
        var enrolments = await app.Factory.QueryAsync(db => db.Set<Bottega.Learning.Domain.Enrolment>().AsNoTracking()
            .Where(e => e.CourseId == courseId && e.Source == EnrolmentSource.Referent).ToListAsync());
        Assert.Equal(50, enrolments.Count);
        Assert.All(enrolments, e => Assert.Contains(e.UserId, chosen));
        Assert.All(enrolments, e =>
        {
            Assert.Equal(EnrolmentSource.Referent, e.Source);
            Assert.Equal(due, e.DueDate);
            Assert.Equal(EnrolmentStatus.Active, e.Status);
        });
        Assert.NotEmpty(await app.Factory.AuditAsync("course.assigned"));
    }

    [Fact]
    public async Task A_referent_cannot_assign_a_course_to_someone_outside_their_organization()
    {
        var courseId = await app.Factory.CourseIdAsync("Tecnologie emergenti: cloud e intelligenza artificiale");
        var outsider = await app.Factory.UserIdAsync(DemoAccounts.AdminOf(DemoAccounts.Rup));
        var (_, staff) = await ReferentStaffAsync();

        var response = await PostAsync(DemoAccounts.ReferentOf(Network), courseId, Fields([staff[0], outsider], Today.AddDays(5)));
        var page = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("solo al personale del tuo ente", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Set<Bottega.Learning.Domain.Enrolment>().CountAsync(e => e.CourseId == courseId)));
    }

    [Fact]
    public async Task A_deadline_in_the_past_is_refused()
    {
        var courseId = await app.Factory.CourseIdAsync("Tecnologie emergenti: cloud e intelligenza artificiale");
        var (_, staff) = await ReferentStaffAsync();

        var response = await PostAsync(DemoAccounts.ReferentOf(Network), courseId, Fields(staff.Take(2), Today.AddDays(-3)));

        Assert.Contains("nel passato", (await response.ParseAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_admin_assigns_a_course_to_whole_member_organizations()
    {
        var courseId = await app.Factory.CourseIdAsync("Gli obiettivi della trasformazione digitale");
        var (organization, staff) = await ReferentStaffAsync();

        var response = await PostAsync(DemoAccounts.AdminOf(Network), courseId, [new("Input.Organizations", organization.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(staff.Count, await app.Factory.QueryAsync(db => db.Set<Bottega.Learning.Domain.Enrolment>().CountAsync(e => e.CourseId == courseId)));
    }

    [Fact]
    public async Task A_plain_member_cannot_open_the_assignment_page()
    {
        var courseId = await app.Factory.CourseIdAsync(LearningData.OpenDataCourse);

        var response = await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync(LearningData.CoursePath(Network, courseId) + "/assegna");

        Assert.True(response.IsDenied());
    }
}
