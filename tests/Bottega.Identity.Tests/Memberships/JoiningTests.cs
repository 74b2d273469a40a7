using System.Net;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Organizations.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Identity.Tests.Memberships;

public sealed class JoiningTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static Dictionary<string, string> NoFields => [];

    [Fact]
    public async Task Person_joins_an_open_network_at_once()
    {
        var email = DemoAccounts.AdminOf(DemoAccounts.Rup);
        var client = app.Factory.ClientFor(email);

        var response = await client.PostFormAsync($"/reti/{DemoAccounts.Anci}", $"/reti/{DemoAccounts.Anci}/aderisci", NoFields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var membership = await app.Factory.MembershipAsync(DemoAccounts.Anci, email);
        Assert.Equal(MembershipStatus.Active, membership!.Status);
    }

    [Fact]
    public async Task Request_to_an_approval_network_waits_and_the_admin_approves_it()
    {
        var email = DemoAccounts.TeacherOf(DemoAccounts.Anci);
        await app.Factory.ClientFor(email).PostFormAsync($"/reti/{DemoAccounts.Provinces}", $"/reti/{DemoAccounts.Provinces}/aderisci", NoFields);
        var pending = await app.Factory.MembershipAsync(DemoAccounts.Provinces, email);
        Assert.Equal(MembershipStatus.Pending, pending!.Status);

        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Provinces));
        var queue = await admin.GetDocumentAsync($"/reti/{DemoAccounts.Provinces}/richieste");
        Assert.Contains(queue.QuerySelectorAll("input[name=membershipId]"), i => i.GetAttribute("value") == pending.Id.ToString());
        var response = await admin.PostFormAsync($"/reti/{DemoAccounts.Provinces}/richieste", $"/reti/{DemoAccounts.Provinces}/richieste?handler=Approve",
            new Dictionary<string, string> { ["membershipId"] = pending.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MembershipStatus.Active, (await app.Factory.MembershipAsync(DemoAccounts.Provinces, email))!.Status);
        Assert.Contains(await app.Factory.AuditAsync("membership.approved"), a => a.TargetId == pending.UserId.ToString());
        Assert.Contains(Directory.GetFiles(app.Factory.MailFolder), f => File.ReadAllText(f).Contains("approvata", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Network_joined_through_an_organization_requires_a_member_organization()
    {
        var email = DemoAccounts.ModeratorOf(DemoAccounts.Rup);
        var client = app.Factory.ClientFor(email);
        var outsider = await app.Factory.QueryAsync(db => db.Set<Organization>().Where(o => o.IstatCode == "058091").Select(o => o.Id).SingleAsync());

        await client.PostFormAsync($"/reti/{DemoAccounts.Academy}", $"/reti/{DemoAccounts.Academy}/aderisci", NoFields);
        await client.PostFormAsync($"/reti/{DemoAccounts.Academy}", $"/reti/{DemoAccounts.Academy}/aderisci",
            new Dictionary<string, string> { ["organizationId"] = outsider.ToString() });

        Assert.Null(await app.Factory.MembershipAsync(DemoAccounts.Academy, email));
    }

    [Fact]
    public async Task Referent_decides_only_for_their_own_organization()
    {
        var network = DemoAccounts.Academy;
        var referent = app.Factory.ClientFor(DemoAccounts.ReferentOf(network));
        var referentMembership = await app.Factory.MembershipAsync(network, DemoAccounts.ReferentOf(network));
        var (own, foreign) = await app.Factory.QueryAsync(async db =>
        {
            var networkId = (await db.Set<Network>().SingleAsync(n => n.Slug == network)).Id;
            var pending = await db.Set<NetworkMembership>().IgnoreQueryFilters()
                .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Pending).ToListAsync();
            var other = await db.Set<NetworkOrganization>().IgnoreQueryFilters()
                .Where(a => a.NetworkId == networkId && a.OrganizationId != referentMembership!.ReferentOfOrganizationId).Select(a => a.OrganizationId).FirstAsync();
            var foreignRequest = NetworkMembership.Request(networkId, (await db.Users.FirstAsync(u => u.Email == DemoAccounts.Learner)).Id, other, TimeProvider.System.GetUtcNow().UtcDateTime);
            db.Add(foreignRequest);
            await db.SaveChangesAsync();
            return (pending.First(m => m.OrganizationId == referentMembership!.ReferentOfOrganizationId), foreignRequest);
        });

        var denied = await referent.PostFormAsync($"/reti/{network}/richieste", $"/reti/{network}/richieste?handler=Approve",
            new Dictionary<string, string> { ["membershipId"] = foreign.Id.ToString() });
        var approved = await referent.PostFormAsync($"/reti/{network}/richieste", $"/reti/{network}/richieste?handler=Approve",
            new Dictionary<string, string> { ["membershipId"] = own.Id.ToString() });

        Assert.True(denied.IsDenied());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var states = await app.Factory.QueryAsync(db => db.Set<NetworkMembership>().IgnoreQueryFilters()
            .Where(m => m.Id == own.Id || m.Id == foreign.Id).ToDictionaryAsync(m => m.Id, m => m.Status));
        Assert.Equal(MembershipStatus.Active, states[own.Id]);
        Assert.Equal(MembershipStatus.Pending, states[foreign.Id]);
    }

    [Fact]
    public async Task Admin_cannot_decide_a_request_of_another_network_through_a_forged_id()
    {
        var foreign = await app.Factory.QueryAsync(async db =>
        {
            var networkId = (await db.Set<Network>().SingleAsync(n => n.Slug == DemoAccounts.Federation)).Id;
            return await db.Set<NetworkMembership>().IgnoreQueryFilters()
                .FirstAsync(m => m.NetworkId == networkId && m.Status == MembershipStatus.Pending);
        });
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup));

        var response = await admin.PostFormAsync($"/reti/{DemoAccounts.Rup}/richieste", $"/reti/{DemoAccounts.Rup}/richieste?handler=Approve",
            new Dictionary<string, string> { ["membershipId"] = foreign.Id.ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await app.Factory.QueryAsync(db => db.Set<NetworkMembership>().IgnoreQueryFilters().SingleAsync(m => m.Id == foreign.Id));
        Assert.Equal(MembershipStatus.Pending, after.Status);
    }

    [Fact]
    public async Task Referent_sees_the_waiting_requests_on_every_page_of_the_network()
    {
        var network = DemoAccounts.Federation;
        var referent = await app.Factory.MembershipAsync(network, DemoAccounts.ReferentOf(network));
        var waiting = await app.Factory.QueryAsync(db => db.Set<NetworkMembership>().IgnoreQueryFilters()
            .CountAsync(m => m.NetworkId == referent!.NetworkId && m.Status == MembershipStatus.Pending && m.OrganizationId == referent.ReferentOfOrganizationId));
        Assert.True(waiting > 0);

        var page = await app.Factory.ClientFor(DemoAccounts.ReferentOf(network)).GetDocumentAsync($"/reti/{network}");
        var link = page.QuerySelector($"a.text-white[href='/reti/{network}/richieste']");
        Assert.NotNull(link);
        Assert.Contains(waiting.ToString(System.Globalization.CultureInfo.InvariantCulture), link.TextContent, StringComparison.Ordinal);

        var member = await app.Factory.ClientFor(DemoAccounts.TeacherOf(network)).GetDocumentAsync($"/reti/{network}");
        Assert.Null(member.QuerySelector($"a.text-white[href='/reti/{network}/richieste']"));
    }
}
