using System.Net;
using System.Text;
using Bottega.Credentials.Domain;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Credentials.Tests.Administration;

/// <summary>A network admin creates an achievement, issues it by hand (one address or a CSV), revokes it and rotates the issuer's key.</summary>
public sealed class BadgeAdministrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = BadgeArrange.Network;

    private HttpClient Admin => app.Factory.ClientFor(DemoAccounts.AdminOf(Network));

    [Fact]
    public async Task Admin_creates_an_achievement_for_the_demo_course_with_its_competences_as_alignments()
    {
        var courseId = await BadgeArrange.DemoCourseAsync(app.Factory);
        await app.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters().Where(a => a.SourceId == courseId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Archived, true)));
        var page = $"{BadgeArrange.Base()}/nuovo?tipo=Course";
        var choices = await Admin.GetDocumentAsync(page);
        Assert.NotNull(choices.QuerySelector($"#source-course option[value='{courseId}']"));

        var response = await Admin.PostFormAsync(page, new Dictionary<string, string>
        {
            ["CourseId"] = courseId.ToString(),
            ["Input.Name"] = "Identità digitale",
            ["Input.Description"] = "Conosce SPID, CIE e i servizi online della PA.",
            ["Input.Criteria"] = "Completare il corso *Identità digitale e servizi online*.",
            ["Input.Colour"] = "#1A7F37",
            ["Input.ValidityMonths"] = "24",
            ["Input.IssueOnCompletion"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        var achievement = await app.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters().Include(a => a.Alignments).SingleAsync(a => a.Id == id));
        Assert.Equal((AchievementKind.Course, courseId, "#1a7f37", 24, true), (achievement.Kind, achievement.SourceId, achievement.Colour, achievement.ValidityMonths,
            achievement.IssueOnCompletion));
        Assert.Contains(achievement.Alignments, a => a.Code == "4.1");
        Assert.Single(await app.Factory.AuditAsync("achievement.created"), a => a.TargetId == id.ToString());
        var list = await (await Admin.GetAsync(BadgeArrange.Base())).Content.ReadAsStringAsync();
        Assert.Contains("Identità digitale", WebUtility.HtmlDecode(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_without_a_course_of_the_catalogue_is_refused_with_a_message()
    {
        var page = $"{BadgeArrange.Base()}/nuovo?tipo=Course";
        var response = await Admin.PostFormAsync(page, new Dictionary<string, string>
        {
            ["CourseId"] = Guid.NewGuid().ToString(),
            ["Input.Name"] = "Nome",
            ["Input.Description"] = "Descrizione",
            ["Input.Criteria"] = "Criteri",
            ["Input.Colour"] = "#000000",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Scegli un corso del catalogo della rete.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manual_issue_reaches_a_member_and_refuses_a_non_member()
    {
        var id = await BadgeArrange.AchievementAsync(app.Factory);
        var page = $"{BadgeArrange.Base()}/{id}/assegna";
        Assert.Null(await app.Factory.MembershipAsync(Network, DemoAccounts.AdminOf(DemoAccounts.Rup)));

        var issued = await (await Admin.PostFormAsync(page, new Dictionary<string, string> { ["Email"] = DemoAccounts.Learner })).ParseAsync();
        var refused = await (await Admin.PostFormAsync(page, new Dictionary<string, string> { ["Email"] = DemoAccounts.AdminOf(DemoAccounts.Rup) })).ParseAsync();

        Assert.Equal("Issued", issued.QuerySelector("tr[data-outcome]")?.GetAttribute("data-outcome"));
        Assert.Equal("NotMember", refused.QuerySelector("tr[data-outcome]")?.GetAttribute("data-outcome"));
        var credential = Assert.Single(await BadgeArrange.CredentialsAsync(app.Factory, id));
        Assert.Equal((CredentialSource.Manual, await app.Factory.UserIdAsync(DemoAccounts.Learner)), (credential.Source, credential.RecipientUserId!.Value));
        Assert.NotEmpty(credential.Jwt);
        Assert.Equal(2, (await app.Factory.AuditAsync("credential.issued-manually")).Count(a => a.TargetId == id.ToString()));
    }

    [Fact]
    public async Task Csv_gives_a_result_per_line_and_issues_each_member_once()
    {
        var id = await BadgeArrange.AchievementAsync(app.Factory);
        var page = $"{BadgeArrange.Base()}/{id}/assegna";
        var csv = string.Join("\r\n",
            "email;nome",
            $"{DemoAccounts.Learner};Giulia",
            "non-un-indirizzo",
            DemoAccounts.ReferentOf(Network),
            DemoAccounts.Learner.ToUpperInvariant(),
            "",
            "nessuno@example.org",
            $"\"{DemoAccounts.TeacherOf(Network)}\",Docente");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var first = await (await Admin.PostFileFormAsync(page, page + "?handler=Csv", "file", "elenco.csv", bytes)).ParseAsync();
        var second = await (await Admin.PostFileFormAsync(page, page + "?handler=Csv", "file", "elenco.csv", bytes)).ParseAsync();

        static string[] Outcomes(AngleSharp.Html.Dom.IHtmlDocument document) =>
            [.. document.QuerySelectorAll("tr[data-outcome]").Select(r => $"{r.Children[0].TextContent}:{r.GetAttribute("data-outcome")}")];
        Assert.Equal(["2:Issued", "3:InvalidAddress", "4:Issued", "5:Duplicate", "7:NotMember", "8:Issued"], Outcomes(first));
        Assert.Equal(["2:AlreadyHeld", "3:InvalidAddress", "4:AlreadyHeld", "5:Duplicate", "7:NotMember", "8:AlreadyHeld"], Outcomes(second));
        var credentials = await BadgeArrange.CredentialsAsync(app.Factory, id);
        Assert.Equal(3, credentials.Count);
        Assert.Equal(3, credentials.Select(c => c.RecipientUserId).Distinct().Count());
        var audit = (await app.Factory.AuditAsync("credential.issued-manually")).Where(a => a.TargetId == id.ToString()).OrderBy(a => a.At).ToList();
        Assert.Equal(2, audit.Count);
        Assert.Contains("issued 3", audit[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_over_the_line_limit_is_refused_before_issuing()
    {
        var id = await BadgeArrange.AchievementAsync(app.Factory);
        var page = $"{BadgeArrange.Base()}/{id}/assegna";
        var csv = string.Join("\n", Enumerable.Range(0, 5001).Select(i => $"persona{i}@example.org"));

        var response = await Admin.PostFileFormAsync(page, page + "?handler=Csv", "file", "elenco.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Il file supera le 5.000 righe.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await BadgeArrange.CredentialsAsync(app.Factory, id));
    }

    [Fact]
    public async Task Revocation_requires_a_reason_and_marks_the_credential_revoked_for_good()
    {
        var id = await BadgeArrange.AchievementAsync(app.Factory);
        await Admin.PostFormAsync($"{BadgeArrange.Base()}/{id}/assegna", new Dictionary<string, string> { ["Email"] = DemoAccounts.Learner });
        var credential = Assert.Single(await BadgeArrange.CredentialsAsync(app.Factory, id));
        var page = $"{BadgeArrange.Base()}/{id}/emessi";

        var withoutReason = await Admin.PostFormAsync(page, page + "?handler=Revoke", new Dictionary<string, string>
        {
            ["CredentialId"] = credential.Id.ToString(),
            ["Reason"] = "   ",
        });
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Null(Assert.Single(await BadgeArrange.CredentialsAsync(app.Factory, id)).RevokedAt);

        var tooLong = await Admin.PostFormAsync(page, page + "?handler=Revoke", new Dictionary<string, string>
        {
            ["CredentialId"] = credential.Id.ToString(),
            ["Reason"] = new string('x', 501),
        });
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);

        var revoked = await Admin.PostFormAsync(page, page + "?handler=Revoke", new Dictionary<string, string>
        {
            ["CredentialId"] = credential.Id.ToString(),
            ["Reason"] = "Assegnato per errore",
        });
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var stored = Assert.Single(await BadgeArrange.CredentialsAsync(app.Factory, id));
        Assert.NotNull(stored.RevokedAt);
        Assert.Equal("Assegnato per errore", stored.RevocationReason);
        Assert.Single(await app.Factory.AuditAsync("credential.revoked"), a => a.TargetId == credential.Id.ToString());

        var again = await Admin.PostFormAsync(page, page + "?handler=Revoke", new Dictionary<string, string>
        {
            ["CredentialId"] = credential.Id.ToString(),
            ["Reason"] = "Di nuovo",
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Assegnato per errore", Assert.Single(await BadgeArrange.CredentialsAsync(app.Factory, id)).RevocationReason);
        var list = await Admin.GetDocumentAsync(page);
        Assert.Empty(list.QuerySelectorAll("form textarea[name=Reason]"));
    }

    [Fact]
    public async Task Key_rotation_asks_for_confirmation_retires_the_old_key_and_keeps_it_listed()
    {
        var page = $"{BadgeArrange.Base()}/emittente";
        var before = await Admin.GetDocumentAsync(page);
        var keysBefore = before.QuerySelectorAll("table tbody tr").Length;

        var unconfirmed = await Admin.PostFormAsync(page, page + "?handler=Rotate", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(keysBefore, (await Admin.GetDocumentAsync(page)).QuerySelectorAll("table tbody tr").Length);

        var rotated = await Admin.PostFormAsync(page, page + "?handler=Rotate", new Dictionary<string, string> { ["ConfirmRotation"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);

        var network = await app.Factory.NetworkAsync(Network);
        var keys = await app.Factory.QueryAsync(db => db.Set<Issuer>().IgnoreQueryFilters().Where(i => i.NetworkId == network.Id)
            .SelectMany(i => db.Set<IssuerKey>().Where(k => k.IssuerId == i.Id)).OrderBy(k => k.Number).ToListAsync());
        Assert.Equal(keysBefore + 1, keys.Count);
        Assert.Single(keys, k => k.IsActive);
        Assert.True(keys[^1].IsActive);
        Assert.All(keys.SkipLast(1), k => Assert.NotNull(k.RetiredAt));
        var after = await Admin.GetDocumentAsync(page);
        Assert.Equal(keys.Count, after.QuerySelectorAll("table tbody tr").Length);
        Assert.Single(await app.Factory.AuditAsync("issuer.key-rotated"));
    }

    [Fact]
    public async Task Issuer_profile_is_saved_and_a_bad_address_is_refused()
    {
        var page = $"{BadgeArrange.Base()}/emittente";
        var bad = await Admin.PostFormAsync(page, new Dictionary<string, string> { ["Input.Name"] = "Federazione", ["Input.Url"] = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);

        var saved = await Admin.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Federazione delle Unioni",
            ["Input.Url"] = "https://federazione.example.org",
            ["Input.Email"] = "badge@federazione.example.org",
            ["Input.Description"] = "Rete di formazione.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var network = await app.Factory.NetworkAsync(Network);
        var issuer = await app.Factory.QueryAsync(db => db.Set<Issuer>().IgnoreQueryFilters().SingleAsync(i => i.NetworkId == network.Id));
        Assert.Equal(("Federazione delle Unioni", "https://federazione.example.org", "badge@federazione.example.org"), (issuer.Name, issuer.Url, issuer.Email));
    }

    [Fact]
    public async Task Image_upload_accepts_a_png_and_refuses_a_disguised_file()
    {
        var id = await BadgeArrange.AchievementAsync(app.Factory);
        var page = $"{BadgeArrange.Base()}/{id}";
        var png = Bottega.Credentials.Images.BadgeRasterizer.ToPng(Bottega.Credentials.Images.DefaultBadgeImage.Svg("Badge", "Rete", "#0066cc"), 128)!;

        var refused = await Admin.PostFileFormAsync(page, page + "?handler=Image", "image", "badge.png", "<html></html>"u8.ToArray());
        var accepted = await Admin.PostFileFormAsync(page, page + "?handler=Image", "image", "badge.png", png);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var achievement = await app.Factory.QueryAsync(db => db.Set<Achievement>().IgnoreQueryFilters().SingleAsync(a => a.Id == id));
        Assert.Equal("image/png", achievement.ImageContentType);
        Assert.NotNull(achievement.ImageKey);
    }
}
