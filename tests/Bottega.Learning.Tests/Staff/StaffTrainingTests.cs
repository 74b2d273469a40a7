using System.Net;
using System.Text;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Learning.Tests.Ledger;
using Bottega.Testing;
using MiniExcelLibs;
using Xunit;

namespace Bottega.Learning.Tests.Staff;

public sealed class StaffTrainingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;
    private static readonly string Page = $"/reti/{Network}/personale";

    private static int Year => TimeProvider.System.GetUtcNow().Year;

    private async Task<(Guid NetworkId, Guid OrganizationId, List<(Guid UserId, string Email)> Staff)> ArrangeAsync()
    {
        var (networkId, organizationId) = await app.Factory.ReferentOrganizationAsync(Network);
        return (networkId, organizationId, await app.Factory.StaffAsync(networkId, organizationId));
    }

    private async Task<string> NameAsync(Guid userId) =>
        await app.Factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.Id == userId).Select(u => (u.GivenName + " " + u.FamilyName).Trim())));

    [Fact]
    public async Task Referent_sees_every_staff_member_with_this_years_hours_and_the_csv_says_the_same()
    {
        var (_, _, staff) = await ArrangeAsync();
        var person = staff[0].UserId;
        await app.Factory.AddHoursAsync(person, new DateOnly(Year, 1, 10), 10m);
        await app.Factory.AddHoursAsync(person, new DateOnly(Year, 2, 10), 2.5m, HoursSource.External);
        await app.Factory.AddHoursAsync(person, new DateOnly(Year - 1, 12, 10), 30m);
        var name = await NameAsync(person);
        var referent = app.Factory.ClientFor(DemoAccounts.ReferentOf(Network));

        var page = await referent.GetDocumentAsync($"{Page}?q={Uri.EscapeDataString(name)}");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == name);
        Assert.Equal("12,5", row.QuerySelectorAll("td")[0].TextContent);

        var csv = await referent.GetAsync($"{Page}?handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "UTF-8 BOM");
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Nome;E-mail;Ore {Year};Obiettivo;Percentuale;Stato;Corsi assegnati;In corso;Completati;Scaduti", lines[0]);
        Assert.Equal(staff.Count, lines.Length - 1);
        var fields = lines.Single(l => l.Contains(staff[0].Email, StringComparison.Ordinal)).Split(';');
        Assert.Equal("12,5", fields[2]);
        Assert.Equal("40", fields[3]);
        Assert.Equal("31", fields[4]);
    }

    [Fact]
    public async Task The_xlsx_export_opens_and_has_a_row_per_staff_member()
    {
        var (_, _, staff) = await ArrangeAsync();
        await app.Factory.AddHoursAsync(staff[^1].UserId, new DateOnly(Year, 1, 5), 40m);

        var response = await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetAsync($"{Page}?handler=Xlsx&ordina=HoursDescending");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(staff.Count, rows.Count);
        Assert.Equal(staff[^1].Email, rows[0]["E-mail"]);
        Assert.Equal(40d, Convert.ToDouble(rows[0][$"Ore {Year}"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Obiettivo raggiunto", rows[0]["Stato"]);
    }

    [Fact]
    public async Task Network_admin_picks_any_member_organization()
    {
        var (networkId, organizationId, _) = await ArrangeAsync();
        var (_, other) = await app.Factory.MakeOtherReferentAsync(networkId, organizationId);
        var otherStaff = await app.Factory.StaffAsync(networkId, other);

        var page = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetDocumentAsync($"{Page}?ente={other}");

        Assert.Equal(other.ToString(), page.QuerySelector("#ente option[selected]")?.GetAttribute("value"));
        Assert.Equal(Math.Min(50, otherStaff.Count), page.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Referent_cannot_look_at_another_organizations_staff()
    {
        var (networkId, organizationId, staff) = await ArrangeAsync();
        var (_, other) = await app.Factory.MakeOtherReferentAsync(networkId, organizationId);

        var page = await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetDocumentAsync($"{Page}?ente={other}");

        Assert.Equal(Math.Min(50, staff.Count), page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains(page.QuerySelectorAll("tbody th"), th => th.TextContent.Length > 0);
        Assert.Null(page.QuerySelector("#ente"));
    }

    [Fact]
    public async Task Referent_follows_their_staff_in_one_course()
    {
        var (networkId, organizationId, staff) = await ArrangeAsync();
        var courseId = await app.Factory.QueryAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var course = Course.Create(networkId, "Privacy e protezione dei dati", now);
            course.Publish(now);
            db.Set<Course>().Add(course);
            db.Set<CourseOffering>().Add(CourseOffering.Create(networkId, course.Id, now));
            var enrolment = Enrolment.Create(course.Id, staff[0].UserId, networkId, organizationId, EnrolmentSource.Referent, null,
                DateOnly.FromDateTime(now).AddDays(-1), needsApproval: false, now);
            enrolment.SetPercent(40);
            db.Set<Enrolment>().Add(enrolment);
            await db.SaveChangesAsync();
            return course.Id;
        });

        var page = await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetDocumentAsync($"{Page}/corsi/{courseId}");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal(await NameAsync(staff[0].UserId), row.QuerySelector("th")!.TextContent);
        Assert.Contains("40%", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("scaduto", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetAsync($"{Page}/corsi/{Guid.NewGuid()}")).StatusCode);
    }
}
