using System.Net;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Organizations.Tests.Networks;

public sealed class NetworkAdministrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Provinces;

    [Fact]
    public async Task Platform_admin_creates_a_network_and_becomes_its_admin()
    {
        var response = await app.Factory.ClientFor(DemoAccounts.PlatformAdmin).PostFormAsync("/reti/nuova", new Dictionary<string, string>
        {
            ["Input.Name"] = "Rete dei segretari comunali",
            ["Input.Slug"] = "segretari-comunali",
            ["Input.Kind"] = nameof(NetworkKind.Association),
            ["Input.JoinPolicy"] = nameof(JoinPolicy.Approval),
            ["Input.YearlyHoursTarget"] = "40",
        });

        Assert.Equal("/reti/segretari-comunali", response.Headers.Location?.OriginalString);
        var membership = await app.Factory.MembershipAsync("segretari-comunali", DemoAccounts.PlatformAdmin);
        Assert.Equal(MembershipStatus.Active, membership!.Status);
        Assert.True(membership.Roles.HasFlag(NetworkRole.NetworkAdmin));
        Assert.Single(await app.Factory.AuditAsync("network.created"));
    }

    [Theory]
    [InlineData(DemoAccounts.Rup, "già usato")]
    [InlineData("nuova", "già usato")]
    [InlineData("Con Spazi", "lettere minuscole")]
    public async Task Network_with_a_taken_or_malformed_slug_is_refused(string slug, string message)
    {
        var count = await app.Factory.QueryAsync(db => db.Set<Network>().CountAsync());
        var response = await app.Factory.ClientFor(DemoAccounts.PlatformAdmin).PostFormAsync("/reti/nuova", new Dictionary<string, string>
        {
            ["Input.Name"] = "Un'altra rete",
            ["Input.Slug"] = slug,
            ["Input.YearlyHoursTarget"] = "40",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await app.Factory.QueryAsync(db => db.Set<Network>().CountAsync()));
    }

    [Fact]
    public async Task Admin_adds_an_organization_by_istat_code_then_ends_its_agreement()
    {
        var admin = app.Factory.ClientFor(DemoAccounts.AdminOf(Network));
        var page = $"/reti/{Network}/enti";

        var added = await admin.PostFormAsync(page, page + "?handler=Add", new Dictionary<string, string>
        {
            ["Input.Code"] = "058091",
            ["Input.AnnualFee"] = "1200.50",
            ["Input.StartsOn"] = "2026-01-01",
            ["Input.EndsOn"] = "2026-12-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var agreement = await app.Factory.QueryAsync(db => db.Set<NetworkOrganization>().IgnoreQueryFilters()
            .Join(db.Set<Organization>(), a => a.OrganizationId, o => o.Id, (a, o) => new { a, o })
            .Where(x => x.o.IstatCode == "058091").Select(x => x.a).SingleAsync());
        Assert.Equal(1200.50m, agreement.AnnualFee);

        var updated = await admin.PostFormAsync(page, $"{page}?handler=Update&id={agreement.Id}", new Dictionary<string, string>
        {
            ["Edit.Status"] = nameof(AgreementStatus.Ended),
            ["Edit.AnnualFee"] = "0",
            ["Edit.StartsOn"] = "2026-01-01",
            ["Edit.EndsOn"] = "2026-06-30",
        });
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Equal(AgreementStatus.Ended, await app.Factory.QueryAsync(db =>
            db.Set<NetworkOrganization>().IgnoreQueryFilters().Where(a => a.Id == agreement.Id).Select(a => a.Status).SingleAsync()));
        Assert.NotEmpty(await app.Factory.AuditAsync("network.organization.updated"));

        var log = await admin.GetDocumentAsync($"/reti/{Network}/registro");
        var adminName = await app.Factory.QueryAsync(db => db.Users.Where(u => u.Email == DemoAccounts.AdminOf(Network)).Select(u => u.GivenName + " " + u.FamilyName).SingleAsync());
        var row = log.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("network.organization.added", StringComparison.Ordinal));
        Assert.Contains(adminName, row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_istat_code_is_refused_with_a_message()
    {
        var page = $"/reti/{Network}/enti";
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).PostFormAsync(page, page + "?handler=Add", new Dictionary<string, string>
        {
            ["Input.Code"] = "123456",
            ["Input.StartsOn"] = "2026-01-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nessun ente ha questo codice", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_cannot_change_an_agreement_of_another_network_through_a_forged_id()
    {
        var foreign = await app.Factory.QueryAsync(async db =>
        {
            var rup = await db.Set<Network>().SingleAsync(n => n.Slug == DemoAccounts.Rup);
            return await db.Set<NetworkOrganization>().IgnoreQueryFilters().FirstAsync(a => a.NetworkId == rup.Id);
        });
        var page = $"/reti/{Network}/enti";

        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).PostFormAsync(page, $"{page}?handler=Remove&id={foreign.Id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await app.Factory.QueryAsync(db => db.Set<NetworkOrganization>().IgnoreQueryFilters().AnyAsync(a => a.Id == foreign.Id)));
    }

    [Fact]
    public async Task Union_is_created_with_its_municipalities_and_unknown_codes_are_refused()
    {
        var client = app.Factory.ClientFor(DemoAccounts.PlatformAdmin);
        var refused = await client.PostFormAsync("/enti/nuovo", new Dictionary<string, string>
        {
            ["Input.Name"] = "Unione di prova",
            ["Input.Kind"] = nameof(OrganizationKind.UnionOfMunicipalities),
            ["Input.MunicipalityCodes"] = "001001, 999999",
        });
        Assert.Contains("999999", (await refused.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<Organization>().AnyAsync(o => o.Name == "Unione di prova")));

        var created = await client.PostFormAsync("/enti/nuovo", new Dictionary<string, string>
        {
            ["Input.Name"] = "Unione di prova",
            ["Input.Kind"] = nameof(OrganizationKind.UnionOfMunicipalities),
            ["Input.IpaCode"] = "u_prova",
            ["Input.MunicipalityCodes"] = "001001\n001002",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detail = await client.GetDocumentAsync(created.Headers.Location!.OriginalString);
        Assert.Equal(2, detail.QuerySelectorAll("ul.row li").Length);
    }

    [Fact]
    public async Task Admin_changes_the_join_policy_but_not_the_address()
    {
        var page = $"/reti/{DemoAccounts.Anci}/impostazioni";
        var response = await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Anci)).PostFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "ANCI Toscana – Lavoro agile",
            ["Input.Slug"] = "altro-indirizzo",
            ["Input.Kind"] = nameof(NetworkKind.Programme),
            ["Input.JoinPolicy"] = nameof(JoinPolicy.Approval),
            ["Input.YearlyHoursTarget"] = "24",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var network = await app.Factory.NetworkAsync(DemoAccounts.Anci);
        Assert.Equal(JoinPolicy.Approval, network.JoinPolicy);
        Assert.Equal(24, network.YearlyHoursTarget);
        Assert.Equal("ANCI Toscana – Lavoro agile", network.Name);
    }
}
