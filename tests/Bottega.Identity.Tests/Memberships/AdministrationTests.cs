using System.Net;
using System.Text.RegularExpressions;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Xunit;

namespace Bottega.Identity.Tests.Memberships;

public sealed partial class AdministrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    [Fact]
    public async Task Admin_makes_a_member_moderator_and_the_change_is_audited()
    {
        var target = DemoAccounts.TeacherOf(Network);
        var userId = await app.Factory.UserIdAsync(target);
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var page = $"/reti/{Network}/membri/{userId}";

        var response = await admin.PostFormAsync(page, page + "?handler=Roles",
            new Dictionary<string, string> { ["roles"] = nameof(NetworkRole.Moderator) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var membership = await app.Factory.MembershipAsync(Network, target);
        Assert.Equal(NetworkRole.Member | NetworkRole.Moderator, membership!.Roles);
        Assert.Contains(await app.Factory.AuditAsync("membership.roles.changed"), a => a.TargetId == userId.ToString());
    }

    [Fact]
    public async Task Member_cannot_change_roles()
    {
        var userId = await app.Factory.UserIdAsync(DemoAccounts.ReferentOf(Network));
        var member = app.Factory.ClientFor(DemoAccounts.TeacherOf(Network));
        var page = $"/reti/{Network}/membri/{userId}";

        var response = await member.PostFormAsync(page, page + "?handler=Roles",
            new Dictionary<string, string> { ["roles"] = nameof(NetworkRole.NetworkAdmin) });

        Assert.True(response.IsDenied());
        Assert.False((await app.Factory.MembershipAsync(Network, DemoAccounts.ReferentOf(Network)))!.Roles.HasFlag(NetworkRole.NetworkAdmin));
    }

    [Fact]
    public async Task Admin_removes_a_member_who_then_loses_access()
    {
        var target = DemoAccounts.ModeratorOf(Network);
        var userId = await app.Factory.UserIdAsync(target);
        var page = $"/reti/{Network}/membri/{userId}";

        await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).PostFormAsync(page, page + "?handler=Remove", new Dictionary<string, string>());

        Assert.Equal(MembershipStatus.Removed, (await app.Factory.MembershipAsync(Network, target))!.Status);
        Assert.True((await app.Factory.ClientFor(target).GetAsync($"/reti/{Network}/membri")).IsDenied());
    }

    [Fact]
    public async Task Invited_person_accepts_by_the_emailed_link_and_gets_the_roles()
    {
        var invited = DemoAccounts.TeacherOf(DemoAccounts.Rup);
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var page = $"/reti/{Network}/inviti";

        var sent = await admin.PostFormAsync(page, new Dictionary<string, string> { ["Input.Email"] = invited, ["Input.Roles"] = nameof(NetworkRole.Teacher) });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var mail = Directory.GetFiles(app.Factory.MailFolder).Select(File.ReadAllText).Single(m => m.Contains(invited, StringComparison.Ordinal));
        var link = new Uri(InvitationLink().Match(mail).Value);
        var someoneElse = DemoAccounts.AdminOf(DemoAccounts.Provinces);
        var wrongPerson = await app.Factory.ClientFor(someoneElse).PostFormAsync(link.PathAndQuery, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, wrongPerson.StatusCode);
        var accepted = await app.Factory.ClientFor(invited).PostFormAsync(link.PathAndQuery, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var membership = await app.Factory.MembershipAsync(Network, invited);
        Assert.Equal(MembershipStatus.Active, membership!.Status);
        Assert.True(membership.Roles.HasFlag(NetworkRole.Teacher));
        Assert.Null(await app.Factory.MembershipAsync(Network, someoneElse));
    }

    [Fact]
    public async Task Invitation_form_rejects_a_malformed_email()
    {
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network))
            .PostFormAsync($"/reti/{Network}/inviti", new Dictionary<string, string> { ["Input.Email"] = "non-una-mail" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("non è valido", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_list_filters_by_job_role()
    {
        var document = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetDocumentAsync($"/reti/{Network}/membri?JobRole=Manager");
        var roles = document.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();

        Assert.NotEmpty(roles);
        Assert.All(roles, r => Assert.Equal("Dirigente", r));
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/inviti/[0-9a-f]+")]
    private static partial Regex InvitationLink();
}
