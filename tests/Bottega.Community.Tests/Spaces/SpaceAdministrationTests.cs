using System.Net;
using Bottega.Community.Domain;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Spaces;

public sealed class SpaceAdministrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private const string Spaces = $"/reti/{Network}/comunita/gestione/spazi";

    [Fact]
    public async Task An_admin_creates_edits_archives_and_restores_a_space_and_every_change_is_audited()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var name = SpaceArrange.Unique("Appalti pubblici");

        var created = await admin.PostFormAsync(Spaces, Spaces, Fields(name));
        var again = await admin.PostFormAsync(Spaces, Spaces, Fields(name));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var spaces = await app.Factory.QueryAsync(db => db.Set<Space>().IgnoreQueryFilters().AsNoTracking().Where(s => s.Name == name).OrderBy(s => s.CreatedAt).ThenBy(s => s.Slug).ToListAsync());
        var slug = $"appalti-pubblici-{name[^6..]}";
        Assert.Equal([slug, slug + "-2"], spaces.Select(s => s.Slug).Order(StringComparer.Ordinal));
        Assert.Contains(await app.Factory.AuditAsync("community.space.created"), a => a.TargetId == spaces[0].Id.ToString());

        var space = spaces.Single(s => s.Slug == slug);
        var edit = $"{Spaces}/{space.Id}";
        var updated = await admin.PostFormAsync(edit, edit, Fields(name + " e contratti", SpaceKind.WorkingGroup, SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers, 7));
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var saved = await app.Factory.QueryAsync(db => db.Set<Space>().IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == space.Id));
        Assert.Equal((name + " e contratti", SpaceKind.WorkingGroup, SpaceAccess.SpaceMembers, 7, slug), (saved.Name, saved.Kind, saved.ReadAccess, saved.Position, saved.Slug));
        Assert.Contains(await app.Factory.AuditAsync("community.space.updated"), a => a.TargetId == space.Id.ToString());

        var archived = await admin.PostFormAsync(Spaces, $"{Spaces}?handler=Archive", new Dictionary<string, string> { ["spaceId"] = space.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.True(await app.Factory.QueryAsync(db => db.Set<Space>().IgnoreQueryFilters().Where(s => s.Id == space.Id).Select(s => s.IsArchived).SingleAsync()));
        await admin.PostFormAsync(Spaces, $"{Spaces}?handler=Restore", new Dictionary<string, string> { ["spaceId"] = space.Id.ToString() });
        Assert.False(await app.Factory.QueryAsync(db => db.Set<Space>().IgnoreQueryFilters().Where(s => s.Id == space.Id).Select(s => s.IsArchived).SingleAsync()));
        Assert.Equal(2, (await app.Factory.AuditAsync("community.space.archived")).Count(a => a.TargetId == space.Id.ToString()));
    }

    [Fact]
    public async Task Invalid_spaces_are_refused_with_a_message_on_the_page()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));

        var noName = await (await admin.PostFormAsync(Spaces, Spaces, Fields(""))).ParseAsync();
        var openGroup = await (await admin.PostFormAsync(Spaces, Spaces, Fields(SpaceArrange.Unique("Gruppo aperto"), SpaceKind.WorkingGroup))).ParseAsync();
        var noCourse = await (await admin.PostFormAsync(Spaces, Spaces, Fields(SpaceArrange.Unique("Corso senza corso"), SpaceKind.Course))).ParseAsync();

        Assert.Contains("Scrivi il nome dello spazio", noName.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("riservato ai suoi membri", openGroup.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Scegli un corso del catalogo della rete.", noCourse.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_course_space_discusses_a_course_of_the_networks_catalogue_once()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var courseId = await CourseAsync("Codice dei contratti");
        var name = SpaceArrange.Unique("Discussione del corso");

        var created = await admin.PostFormAsync(Spaces, Spaces, Fields(name, SpaceKind.Course, course: courseId));
        var second = await (await admin.PostFormAsync(Spaces, Spaces, Fields(SpaceArrange.Unique("Secondo"), SpaceKind.Course, course: courseId))).ParseAsync();

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(courseId, await app.Factory.QueryAsync(db => db.Set<Space>().IgnoreQueryFilters().Where(s => s.Name == name).Select(s => s.SourceId).SingleAsync()));
        Assert.Contains("Questo corso ha già uno spazio di discussione.", second.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_other_roles_and_other_networks_admins_cannot_administer_spaces()
    {
        var space = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Riservato agli admin"));
        foreach (var email in new[] { DemoAccounts.TeacherOf(Network), DemoAccounts.ModeratorOf(Network), DemoAccounts.AdminOf(DemoAccounts.Anci) })
        {
            var client = app.Factory.ClientFor(email);
            Assert.True((await client.GetAsync(Spaces)).IsDenied(), email);
            Assert.True((await client.GetAsync($"{Spaces}/{space.Id}")).IsDenied(), email);
        }

        Assert.True((await app.Factory.ClientFor(null).GetAsync(Spaces)).IsSignInChallenge());
        var stranger = app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Anci));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/reti/{DemoAccounts.Anci}/comunita/gestione/spazi/{space.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_and_removes_space_members_by_email_and_a_space_moderator_manages_only_their_space()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var group = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Gruppo PNRR"), SpaceKind.WorkingGroup, SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers);
        var other = await SpaceArrange.SpaceAsync(app.Factory, Network, SpaceArrange.Unique("Altro gruppo"), SpaceKind.WorkingGroup, SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers);
        var page = $"{Spaces}/{group.Id}/membri";

        var added = await admin.PostFormAsync(page, $"{page}?handler=Add", new Dictionary<string, string> { ["email"] = DemoAccounts.TeacherOf(Network), ["role"] = "Moderator" });
        var unknown = await (await admin.PostFormAsync(page, $"{page}?handler=Add", new Dictionary<string, string> { ["email"] = "nessuno@example.org", ["role"] = "Member" })).ParseAsync();
        var outsider = await (await admin.PostFormAsync(page, $"{page}?handler=Add", new Dictionary<string, string> { ["email"] = DemoAccounts.AdminOf(DemoAccounts.Anci), ["role"] = "Member" })).ParseAsync();

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Nessun membro attivo della rete ha questo indirizzo e-mail.", unknown.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nessun membro attivo della rete ha questo indirizzo e-mail.", outsider.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await app.Factory.AuditAsync("community.space.member.added"), a => a.TargetId == group.Id.ToString());

        var spaceModerator = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var byModerator = await spaceModerator.PostFormAsync(page, $"{page}?handler=Add", new Dictionary<string, string> { ["email"] = DemoAccounts.ReferentOf(Network), ["role"] = "Member" });
        Assert.Equal(HttpStatusCode.Redirect, byModerator.StatusCode);
        Assert.True((await spaceModerator.GetAsync($"{Spaces}/{other.Id}/membri")).IsDenied());
        Assert.True((await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetAsync(page)).IsDenied());

        var referentId = await app.Factory.UserIdAsync(DemoAccounts.ReferentOf(Network));
        var memberId = await app.Factory.QueryAsync(db => db.Set<SpaceMember>().IgnoreQueryFilters().Where(m => m.SpaceId == group.Id && m.UserId == referentId).Select(m => m.Id).SingleAsync());
        var removed = await admin.PostFormAsync(page, $"{page}?handler=Remove", new Dictionary<string, string> { ["memberId"] = memberId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<SpaceMember>().IgnoreQueryFilters().AnyAsync(m => m.Id == memberId)));
        Assert.Contains(await app.Factory.AuditAsync("community.space.member.removed"), a => a.TargetId == group.Id.ToString());
    }

    private static Dictionary<string, string> Fields(string name, SpaceKind kind = SpaceKind.Theme, SpaceAccess read = SpaceAccess.NetworkMembers,
        SpaceAccess post = SpaceAccess.NetworkMembers, int position = 1, Guid? course = null) => new()
        {
            ["Input.Name"] = name,
            ["Input.Description"] = "Uno spazio di prova",
            ["Input.Kind"] = kind.ToString(),
            ["Input.CourseId"] = course?.ToString() ?? "",
            ["Input.ReadAccess"] = read.ToString(),
            ["Input.PostAccess"] = post.ToString(),
            ["Input.Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    private async Task<Guid> CourseAsync(string title)
    {
        var owner = await app.Factory.NetworkAsync(Network);
        await using var db = app.Factory.Open();
        var now = SpaceArrange.Now().AddDays(-1);
        var course = Course.Create(owner.Id, SpaceArrange.Unique(title), now);
        course.Publish(now);
        db.Add(course);
        db.Add(CourseOffering.Create(owner.Id, course.Id, now));
        await db.SaveChangesAsync();
        return course.Id;
    }
}
