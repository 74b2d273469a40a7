using System.Net;
using Bottega.Community.Domain;
using Bottega.Events.Domain;
using Bottega.Library.Domain;
using Bottega.Library.Features.Access;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Library.Tests.Groups;

public sealed class WorkingGroupTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = "rete-province-appalti";
    private const string Other = "rup-italia";

    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public async Task Admin_creates_a_group_with_its_private_collection_and_a_space_the_coordinator_moderates()
    {
        var coordinator = await GroupArrange.MemberAsync(Factory, Network);
        var slug = await GroupArrange.GroupAsync(Factory, Network, coordinator);

        var group = await GroupArrange.LoadAsync(Factory, slug);
        Assert.Equal(coordinator.Id, group.CoordinatorId);
        Assert.NotNull(group.SpaceSlug);
        await using var db = Factory.Open();
        var collection = await db.Set<LibraryCollection>().IgnoreQueryFilters().SingleAsync(c => c.Id == group.CollectionId);
        Assert.Equal("gruppo-" + slug, collection.Slug);
        Assert.Equal(group.Id, collection.WorkingGroupId);
        var member = await db.Set<WorkingGroupMember>().IgnoreQueryFilters().SingleAsync(m => m.GroupId == group.Id);
        Assert.Equal((coordinator.Id, WorkingGroupRole.Coordinator), (member.PersonId, member.Role));
        var space = await db.Set<Space>().IgnoreQueryFilters().SingleAsync(s => s.SourceId == group.Id);
        Assert.Equal((SpaceKind.WorkingGroup, SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers, group.SpaceSlug), (space.Kind, space.ReadAccess, space.PostAccess, space.Slug));
        var spaceMember = await db.Set<SpaceMember>().IgnoreQueryFilters().SingleAsync(m => m.SpaceId == space.Id);
        Assert.Equal((coordinator.Id, SpaceRole.Moderator), (spaceMember.UserId, spaceMember.Role));
        Assert.Single(await Factory.QueryAsync(d => d.Set<Bottega.Platform.Auditing.AuditEntry>().Where(a => a.Action == "library.group.created" && a.TargetId == group.Id.ToString()).ToListAsync()));
    }

    [Fact]
    public async Task A_plain_member_cannot_create_a_group()
    {
        var member = await GroupArrange.MemberAsync(Factory, Network);
        var response = await Factory.ClientFor(member.Email).GetAsync($"/reti/{Network}/gestione/gruppi");
        Assert.True(response.IsDenied());
    }

    [Fact]
    public async Task Coordinator_adds_a_member_who_joins_the_space_and_removes_them_again()
    {
        var coordinator = await GroupArrange.MemberAsync(Factory, Network);
        var newcomer = await GroupArrange.MemberAsync(Factory, Network);
        var slug = await GroupArrange.GroupAsync(Factory, Network, coordinator);
        var client = Factory.ClientFor(coordinator.Email);
        var page = $"/reti/{Network}/gruppi/{slug}";

        var added = await client.PostFormAsync(page, page + "?handler=member", new Dictionary<string, string> { ["email"] = newcomer.Email });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var group = await GroupArrange.LoadAsync(Factory, slug);
        Assert.True(await InSpaceAsync(group.Id, newcomer.Id));
        Assert.Contains("Prova Gruppo", await (await client.GetAsync(page)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknown = await client.PostFormAsync(page, page + "?handler=member", new Dictionary<string, string> { ["email"] = "nessuno@esempio.it" });
        Assert.Contains("Nessun membro attivo della rete ha questo indirizzo e-mail.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var coordinatorOut = await client.PostFormAsync(page, page + "?handler=remove", new Dictionary<string, string> { ["personId"] = coordinator.Id.ToString() });
        Assert.Contains("Il coordinatore non si può togliere", await coordinatorOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var removed = await client.PostFormAsync(page, page + "?handler=remove", new Dictionary<string, string> { ["personId"] = newcomer.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await InSpaceAsync(group.Id, newcomer.Id));
    }

    [Fact]
    public async Task A_plain_member_cannot_add_members_or_schedule_meetings_but_may_leave()
    {
        var coordinator = await GroupArrange.MemberAsync(Factory, Network);
        var member = await GroupArrange.MemberAsync(Factory, Network);
        var stranger = await GroupArrange.MemberAsync(Factory, Network);
        var slug = await GroupArrange.GroupAsync(Factory, Network, coordinator);
        var page = $"/reti/{Network}/gruppi/{slug}";
        await Factory.ClientFor(coordinator.Email).PostFormAsync(page, page + "?handler=member", new Dictionary<string, string> { ["email"] = member.Email });
        var client = Factory.ClientFor(member.Email);

        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("handler=member", html, StringComparison.Ordinal);
        Assert.True((await client.PostFormAsync(page, page + "?handler=member", new Dictionary<string, string> { ["email"] = stranger.Email })).IsDenied());
        Assert.True((await client.PostFormAsync(page, page + "?handler=meeting", Meeting("Incontro non permesso"))).IsDenied());

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, page + "?handler=leave", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Outsiders_and_other_networks_get_404_and_never_see_the_groups_documents()
    {
        var coordinator = await GroupArrange.MemberAsync(Factory, Network);
        var outsider = await GroupArrange.MemberAsync(Factory, Network);
        var slug = await GroupArrange.GroupAsync(Factory, Network, coordinator);
        var group = await GroupArrange.LoadAsync(Factory, slug);
        var title = "Documento riservato " + slug;
        var document = await GroupArrange.DocumentAsync(Factory, group, DocumentVisibility.WorkingGroup, title, coordinator.Id);
        var page = $"/reti/{Network}/gruppi/{slug}";

        Assert.Contains(title, await (await Factory.ClientFor(coordinator.Email).GetAsync(page)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(title, await (await Factory.ClientFor($"admin.{Network}@bottega.demo").GetAsync(page)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor(outsider.Email).GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor($"admin.{Other}@bottega.demo").GetAsync($"/reti/{Other}/gruppi/{slug}")).StatusCode);

        var outsiderView = new LibraryViewer(outsider.Id, true, false, null, []);
        var memberView = new LibraryViewer(coordinator.Id, true, false, null, [group.Id]);
        Assert.False(outsiderView.CanSee(document));
        await using var db = Factory.Open();
        var documents = db.Set<LibraryDocument>().IgnoreQueryFilters().Where(d => d.Id == document.Id);
        Assert.False(await DocumentAccess.VisibleTo(documents, outsiderView).AnyAsync());
        Assert.True(await DocumentAccess.VisibleTo(documents, memberView).AnyAsync());
    }

    [Fact]
    public async Task Coordinator_schedules_a_meeting_and_every_member_is_registered_and_invited()
    {
        var coordinator = await GroupArrange.MemberAsync(Factory, Network);
        var member = await GroupArrange.MemberAsync(Factory, Network);
        var slug = await GroupArrange.GroupAsync(Factory, Network, coordinator);
        var page = $"/reti/{Network}/gruppi/{slug}";
        var client = Factory.ClientFor(coordinator.Email);
        await client.PostFormAsync(page, page + "?handler=member", new Dictionary<string, string> { ["email"] = member.Email });

        var past = await client.PostFormAsync(page, page + "?handler=meeting", Meeting("Incontro passato", days: -3));
        Assert.Contains("L&#x27;incontro deve essere nel futuro.", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var title = "Incontro " + slug;
        var response = await client.PostFormAsync(page, page + "?handler=meeting", Meeting(title));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var db = Factory.Open();
        var group = await GroupArrange.LoadAsync(Factory, slug);
        var meeting = await db.Set<WorkingGroupMeeting>().IgnoreQueryFilters().SingleAsync(m => m.GroupId == group.Id);
        var ev = await db.Set<LiveEvent>().IgnoreQueryFilters().SingleAsync(e => e.Id == meeting.EventId);
        Assert.Equal((EventKind.FocusGroup, EventStatus.Published, RegistrationMode.ByReferent, title), (ev.Kind, ev.Status, ev.RegistrationMode, ev.Title));
        var registered = await db.Set<Registration>().IgnoreQueryFilters().Where(r => r.EventId == ev.Id && r.Status == RegistrationStatus.Confirmed)
            .Select(r => r.UserId).ToListAsync();
        Assert.Equal(new[] { coordinator.Id, member.Id }.Order(), registered.Order());
        var mails = Directory.GetFiles(Factory.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains(slug, StringComparison.Ordinal)).ToList();
        Assert.Contains(mails, m => m.Contains(member.Email, StringComparison.OrdinalIgnoreCase) && m.Contains("text/calendar", StringComparison.Ordinal));

        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains($"/reti/{Network}/eventi/{ev.Id}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outputs_page_opens_only_when_published_and_shows_only_public_documents_to_anyone()
    {
        var coordinator = await GroupArrange.MemberAsync(Factory, Network);
        var slug = await GroupArrange.GroupAsync(Factory, Network, coordinator);
        var group = await GroupArrange.LoadAsync(Factory, slug);
        await GroupArrange.DocumentAsync(Factory, group, DocumentVisibility.Public, "Pubblico " + slug, coordinator.Id);
        await GroupArrange.DocumentAsync(Factory, group, DocumentVisibility.Network, "Di rete " + slug, coordinator.Id);
        await GroupArrange.DocumentAsync(Factory, group, DocumentVisibility.WorkingGroup, "Riservato " + slug, coordinator.Id);
        await GroupArrange.DocumentAsync(Factory, group, DocumentVisibility.Organization, "Dell'ente " + slug, coordinator.Id);
        var outputs = $"/reti/{Network}/gruppi/{slug}/risultati";
        var anonymous = Factory.ClientFor(null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(outputs)).StatusCode);

        var page = $"/reti/{Network}/gruppi/{slug}";
        var settings = await Factory.ClientFor(coordinator.Email).PostFormAsync(page, page + "?handler=settings",
            new Dictionary<string, string> { ["purpose"] = "Scopo aggiornato", ["publishesOutputs"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);

        var html = await (await anonymous.GetAsync(outputs)).Content.ReadAsStringAsync();
        Assert.Contains("Pubblico " + slug, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Di rete " + slug, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Riservato " + slug, html, StringComparison.Ordinal);
        var member = await GroupArrange.MemberAsync(Factory, Network);
        var asMember = await (await Factory.ClientFor(member.Email).GetAsync(outputs)).Content.ReadAsStringAsync();
        Assert.Contains("Di rete " + slug, asMember, StringComparison.Ordinal);
        Assert.DoesNotContain("Dell&#x27;ente " + slug, asMember, StringComparison.Ordinal);
        Assert.DoesNotContain("Riservato " + slug, await (await Factory.ClientFor(coordinator.Email).GetAsync(outputs)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reti/{Other}/gruppi/{slug}/risultati")).StatusCode);
    }

    private async Task<bool> InSpaceAsync(Guid groupId, Guid personId)
    {
        await using var db = Factory.Open();
        var space = await db.Set<Space>().IgnoreQueryFilters().SingleAsync(s => s.SourceId == groupId);
        return await db.Set<SpaceMember>().IgnoreQueryFilters().AnyAsync(m => m.SpaceId == space.Id && m.UserId == personId);
    }

    private static Dictionary<string, string> Meeting(string title, int days = 7)
    {
        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(days);
        return new Dictionary<string, string>
        {
            ["Meeting.Title"] = title,
            ["Meeting.Day"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Meeting.Time"] = "10:30",
            ["Meeting.DurationMinutes"] = "90",
            ["Meeting.Place"] = "Sala riunioni, Palazzo della Provincia",
            ["Meeting.OnlineUrl"] = "",
        };
    }
}
