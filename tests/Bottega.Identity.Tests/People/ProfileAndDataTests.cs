using System.Net;
using System.Text.Json;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Platform.Auditing;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Identity.Tests.People;

public sealed class ProfileAndDataTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Person_sets_organization_by_istat_code_and_province_and_region_follow()
    {
        var email = DemoAccounts.TeacherOf(DemoAccounts.Anci);
        var response = await app.Factory.ClientFor(email).PostFormAsync("/profilo", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Paola",
            ["Input.FamilyName"] = "Rinaldi",
            ["Input.JobRole"] = nameof(JobRole.Rup),
            ["Input.OrganizationCode"] = "048017",
            ["Input.Competences"] = "Appalti pubblici\nFirma digitale",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await app.Factory.ClientFor(email).GetDocumentAsync("/profilo");
        Assert.Equal("048017", profile.QuerySelector("#Input_OrganizationCode")!.GetAttribute("value"));
        var user = await app.Factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        var (province, region) = await app.Factory.QueryAsync(async db => (
            await db.Set<Organizations.Domain.Organization>().SingleAsync(o => o.Id == user.ProvinceId),
            await db.Set<Organizations.Domain.Organization>().SingleAsync(o => o.Id == user.RegionId)));
        Assert.Equal("Firenze", province.Name);
        Assert.Equal("Toscana", region.Name);
        Assert.Equal(JobRole.Rup, user.JobRole);
    }

    [Fact]
    public async Task Unknown_istat_code_is_refused_with_a_message_and_nothing_changes()
    {
        var email = DemoAccounts.ModeratorOf(DemoAccounts.Anci);
        var before = await app.Factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

        var response = await app.Factory.ClientFor(email).PostFormAsync("/profilo", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Nuovo",
            ["Input.FamilyName"] = "Nome",
            ["Input.JobRole"] = nameof(JobRole.Manager),
            ["Input.OrganizationCode"] = "999999",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nessun ente ha questo codice", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        var after = await app.Factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal(before.GivenName, after.GivenName);
        Assert.Equal(before.OrganizationId, after.OrganizationId);
    }

    [Fact]
    public async Task Person_downloads_all_their_data_as_json()
    {
        var response = await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync("/account/dati?handler=Download");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(DemoAccounts.Learner, json.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("memberships").GetArrayLength());
    }

    [Fact]
    public async Task Erasure_needs_confirmation_then_removes_the_account_and_keeps_an_anonymous_audit()
    {
        var email = DemoAccounts.AdminOf(DemoAccounts.Provinces);
        var userId = await app.Factory.UserIdAsync(email);
        await app.Factory.QueryAsync(async db =>
        {
            db.Add(AuditEntry.Create(TimeProvider.System.GetUtcNow().UtcDateTime, userId, null, "test.action", "thing", "1"));
            return await db.SaveChangesAsync();
        });
        var client = app.Factory.ClientFor(email);

        var refused = await client.PostFormAsync("/account/dati", new Dictionary<string, string>
        {
            ["Input.Password"] = DemoAccounts.Password,
            ["Input.Confirmation"] = "forse",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Users.CountAsync(u => u.Id == userId)));

        var erased = await client.PostFormAsync("/account/dati", new Dictionary<string, string>
        {
            ["Input.Password"] = DemoAccounts.Password,
            ["Input.Confirmation"] = "CANCELLA",
        });

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Users.CountAsync(u => u.Id == userId)));
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Set<NetworkMembership>().IgnoreQueryFilters().CountAsync(m => m.UserId == userId)));
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Set<AuditEntry>().CountAsync(a => a.ActorUserId == userId)));
        Assert.Single(await app.Factory.AuditAsync("test.action"));
        Assert.NotEmpty(await app.Factory.AuditAsync("person.erased"));
    }
}
