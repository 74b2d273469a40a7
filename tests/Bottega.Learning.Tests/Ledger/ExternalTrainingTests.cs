using System.Net;
using System.Text;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Ledger;

public sealed class ExternalTrainingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;
    private static readonly string Ledger = $"/reti/{Network}/formazione/ore";
    private static readonly string Queue = $"/reti/{Network}/personale/formazione-esterna";

    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Provider"] = "Scuola Nazionale dell'Amministrazione",
        ["Input.Date"] = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Hours"] = "7.5",
    };

    private async Task<(string Email, Guid UserId, Guid OrganizationId, Guid NetworkId)> StaffMemberAsync()
    {
        var (networkId, organizationId) = await app.Factory.ReferentOrganizationAsync(Network);
        var (userId, email) = (await app.Factory.StaffAsync(networkId, organizationId))[0];
        return (email, userId, organizationId, networkId);
    }

    private Task<List<ExternalTraining>> DeclarationsAsync(string title) =>
        app.Factory.QueryAsync(db => db.Set<ExternalTraining>().IgnoreQueryFilters().AsNoTracking().Where(d => d.Title == title).ToListAsync());

    [Fact]
    public async Task Learner_declares_external_training_with_a_pdf_and_sees_it_waiting()
    {
        var (email, userId, organizationId, _) = await StaffMemberAsync();
        var client = app.Factory.ClientFor(email);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

        var response = await client.PostFileFormAsync(Ledger, Ledger + "?handler=Declare", Fields("Anticorruzione 2025"), "Input.Evidence", "attestato.pdf", pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var declaration = Assert.Single(await DeclarationsAsync("Anticorruzione 2025"));
        Assert.Equal(userId, declaration.UserId);
        Assert.Equal(organizationId, declaration.OrganizationId);
        Assert.Equal(7.5m, declaration.Hours);
        Assert.Equal(DeclarationStatus.Pending, declaration.Status);
        var page = await client.GetDocumentAsync(Ledger);
        Assert.Contains("Anticorruzione 2025", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Da valutare", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_renamed_pdf_is_refused()
    {
        var (email, _, _, _) = await StaffMemberAsync();
        var exe = new byte[2048];
        "MZ"u8.CopyTo(exe);

        var response = await app.Factory.ClientFor(email)
            .PostFileFormAsync(Ledger, Ledger + "?handler=Declare", Fields("Corso con file falso"), "Input.Evidence", "attestato.pdf", exe);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("il contenuto del file non corrisponde", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DeclarationsAsync("Corso con file falso"));
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused()
    {
        var (email, _, _, _) = await StaffMemberAsync();
        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.4"u8.CopyTo(big);

        var response = await app.Factory.ClientFor(email)
            .PostFileFormAsync(Ledger, Ledger + "?handler=Declare", Fields("Corso con file enorme"), "Input.Evidence", "attestato.pdf", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("al massimo 10 MB", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DeclarationsAsync("Corso con file enorme"));
    }

    [Fact]
    public async Task Hours_out_of_range_are_refused_with_a_message()
    {
        var (email, _, _, _) = await StaffMemberAsync();
        var fields = Fields("Corso troppo lungo");
        fields["Input.Hours"] = "250";

        var response = await app.Factory.ClientFor(email)
            .PostFileFormAsync(Ledger, Ledger + "?handler=Declare", fields, "Input.Evidence", "a.pdf", "%PDF-1.4 x"u8.ToArray());

        Assert.Contains("Le ore devono essere tra 0,5 e 200.", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DeclarationsAsync("Corso troppo lungo"));
    }

    [Fact]
    public async Task Approval_adds_the_hours_exactly_once_even_when_submitted_twice()
    {
        var (_, userId, organizationId, networkId) = await StaffMemberAsync();
        var id = await app.Factory.DeclareAsync(networkId, userId, organizationId, "Sicurezza sul lavoro", 8m);
        var referent = app.Factory.ClientFor(DemoAccounts.ReferentOf(Network));
        var queue = await referent.GetDocumentAsync(Queue);
        Assert.Contains("Sicurezza sul lavoro", queue.Body!.TextContent, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["decision"] = "approve", ["note"] = "" };
        var first = await referent.PostFormAsync(Queue, $"{Queue}?handler=Decide&id={id}", fields);
        var second = await referent.PostFormAsync(Queue, $"{Queue}?handler=Decide&id={id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var hours = await app.Factory.QueryAsync(db => db.Set<HoursEntry>().AsNoTracking()
            .Where(h => h.UserId == userId && h.Source == HoursSource.External && h.SourceId == id).ToListAsync());
        Assert.Equal(8m, Assert.Single(hours).Hours);
        Assert.Single(await app.Factory.AuditAsync("external-training.approved"), a => a.TargetId == id.ToString());
        var declaration = await app.Factory.QueryAsync(db => db.Set<ExternalTraining>().IgnoreQueryFilters().SingleAsync(d => d.Id == id));
        Assert.Equal(DeclarationStatus.Approved, declaration.Status);
    }

    [Fact]
    public async Task Rejection_needs_a_note_and_adds_no_hours()
    {
        var (_, userId, organizationId, networkId) = await StaffMemberAsync();
        var id = await app.Factory.DeclareAsync(networkId, userId, organizationId, "Corso da respingere", 3m);
        var referent = app.Factory.ClientFor(DemoAccounts.ReferentOf(Network));

        await referent.PostFormAsync(Queue, $"{Queue}?handler=Decide&id={id}", new Dictionary<string, string> { ["decision"] = "reject", ["note"] = "" });
        Assert.Equal(DeclarationStatus.Pending, (await app.Factory.QueryAsync(db => db.Set<ExternalTraining>().IgnoreQueryFilters().SingleAsync(d => d.Id == id))).Status);

        await referent.PostFormAsync(Queue, $"{Queue}?handler=Decide&id={id}", new Dictionary<string, string> { ["decision"] = "reject", ["note"] = "Manca l'attestato firmato." });
        var declaration = await app.Factory.QueryAsync(db => db.Set<ExternalTraining>().IgnoreQueryFilters().SingleAsync(d => d.Id == id));
        Assert.Equal(DeclarationStatus.Rejected, declaration.Status);
        Assert.Equal("Manca l'attestato firmato.", declaration.DecisionNote);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<HoursEntry>().AnyAsync(h => h.SourceId == id)));
    }

    [Fact]
    public async Task Referent_of_another_organization_cannot_see_download_or_approve_a_declaration()
    {
        var (_, userId, organizationId, networkId) = await StaffMemberAsync();
        var id = await app.Factory.DeclareAsync(networkId, userId, organizationId, "Formazione di un altro ente", 5m);
        var (otherEmail, _) = await app.Factory.MakeOtherReferentAsync(networkId, organizationId);
        var other = app.Factory.ClientFor(otherEmail);

        var queue = await other.GetDocumentAsync(Queue);
        Assert.DoesNotContain("Formazione di un altro ente", queue.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Queue}?handler=Evidence&id={id}")).StatusCode);
        var decide = await other.PostFormAsync(Queue, $"{Queue}?handler=Decide&id={id}", new Dictionary<string, string> { ["decision"] = "approve" });

        Assert.Equal(HttpStatusCode.NotFound, decide.StatusCode);
        Assert.False(await app.Factory.QueryAsync(db => db.Set<HoursEntry>().AnyAsync(h => h.SourceId == id)));
    }

    [Fact]
    public async Task Network_admin_sees_every_organizations_declarations()
    {
        var (_, userId, organizationId, networkId) = await StaffMemberAsync();
        await app.Factory.DeclareAsync(networkId, userId, organizationId, "Visibile all'amministratore", 2m);

        var queue = await app.Factory.ClientFor(DemoAccounts.AdminOf(Network)).GetDocumentAsync(Queue);

        Assert.Contains("Visibile all'amministratore", queue.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referent_downloads_the_evidence_of_their_staff()
    {
        var (email, _, _, _) = await StaffMemberAsync();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% evidenza\n%%EOF\n");
        await app.Factory.ClientFor(email).PostFileFormAsync(Ledger, Ledger + "?handler=Declare", Fields("Corso con evidenza"), "Input.Evidence", "prova.pdf", pdf);
        var id = (await DeclarationsAsync("Corso con evidenza")).Single().Id;

        var response = await app.Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetAsync($"{Queue}?handler=Evidence&id={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }
}
