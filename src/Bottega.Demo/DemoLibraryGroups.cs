using System.Security.Cryptography;
using System.Text;
using Bottega.Identity.Domain;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Groups;
using Bottega.Library.Features.Search;
using Bottega.Migrations;
using Bottega.Organizations.Domain;
using Bottega.Platform.Files;
using Bottega.Platform.Localization;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Demo;

/// <summary>
/// The provinces' working group on social and environmental clauses, through the library's own services: created by
/// the network admin with the network's teacher as coordinator, six members, two private working documents and one
/// public output in its collection, its outputs page published, and a meeting next week (members invited by e-mail).
/// </summary>
internal sealed class DemoLibraryGroups(BottegaMigrationsContext db, IServiceProvider services, DateTime now)
{
    public const string GroupSlug = "clausole-sociali-ambientali";
    public const string GroupName = "Gruppo di lavoro: clausole sociali e ambientali";

    private const string Purpose = "Raccogliere e confrontare le clausole sociali (parità di genere, inclusione lavorativa) e ambientali (criteri ambientali "
        + "minimi) usate nei bandi delle province, per proporre un modello comune da adottare nella rete.";

    public static Task<bool> ExistsAsync(BottegaMigrationsContext db, CancellationToken ct) =>
        db.Set<WorkingGroup>().IgnoreQueryFilters().AnyAsync(g => g.Slug == GroupSlug, ct);

    public async Task CreateAsync(CancellationToken ct)
    {
        var network = await db.Set<Network>().SingleAsync(n => n.Slug == DemoAccounts.Provinces, ct);
        var admin = await UserIdAsync(DemoAccounts.AdminOf(network.Slug), ct);
        var coordinatorEmail = DemoAccounts.TeacherOf(network.Slug);
        var coordinator = await UserIdAsync(coordinatorEmail, ct);
        var members = await MemberEmailsAsync(network.Id, [admin, coordinator], 5, ct);
        members.Insert(0, DemoAccounts.ReferentOf(network.Slug));

        await using var scope = services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        var provider = scope.ServiceProvider;
        var created = await provider.GetRequiredService<WorkingGroups>().CreateAsync(new GroupInput
        {
            Name = GroupName,
            Slug = GroupSlug,
            Purpose = Purpose,
            CoordinatorEmail = coordinatorEmail,
        }, admin, ct);
        Ensure(created.Succeeded, created.Error);
        var membership = provider.GetRequiredService<GroupMembership>();
        foreach (var email in members)
        {
            Ensure((await membership.AddMemberAsync(GroupSlug, email, coordinator, ct)).Succeeded, email);
        }

        var published = await membership.UpdateAsync(GroupSlug, Purpose, publishesOutputs: true, coordinator, ct);
        Ensure(published.Succeeded, published.Error);
        var group = await GroupAsync(provider, ct);
        await DocumentAsync(provider, group, coordinator, DocumentVisibility.WorkingGroup, "Bozza di clausole sociali per i servizi di pulizia",
            "Clausola sociale di riassorbimento del personale uscente; quota del 30% delle assunzioni riservata a giovani e donne; "
            + "relazione di genere sul personale. Da verificare con l'ufficio legale della Provincia di Cuneo.", ct);
        await DocumentAsync(provider, group, coordinator, DocumentVisibility.WorkingGroup, "Confronto dei criteri ambientali minimi nei bandi 2025",
            "Tabella di confronto: CAM edilizia, CAM ristorazione collettiva, CAM arredi. Dodici province su quindici richiamano i CAM nel disciplinare.", ct);
        await DocumentAsync(provider, group, coordinator, DocumentVisibility.Public, "Linee guida sulle clausole sociali e ambientali negli appalti provinciali",
            "Le linee guida del gruppo di lavoro: clausole sociali di riassorbimento, parità di genere e generazionale, criteri ambientali minimi "
            + "come requisiti e come criteri premianti, verifica in esecuzione.", ct);

        var day = RomeTime.DateOf(now).AddDays(7);
        var meeting = await provider.GetRequiredService<GroupMeetingScheduling>().ScheduleAsync(GroupSlug, new MeetingInput
        {
            Title = "Incontro del gruppo: modello comune di clausole",
            Description = "Discussione della bozza di clausole sociali e del confronto dei CAM.",
            Day = day,
            Time = new TimeOnly(10, 0),
            DurationMinutes = 120,
            OnlineUrl = "https://meet.jit.si/bottega-province-clausole",
        }, coordinator, ct);
        Ensure(meeting.Succeeded, meeting.Error);
    }

    private static Task<WorkingGroup> GroupAsync(IServiceProvider provider, CancellationToken ct) =>
        provider.GetRequiredService<LibraryDbContext>().WorkingGroups.AsNoTracking().SingleAsync(g => g.Slug == GroupSlug, ct);

    /// <summary>A text document with its file in the store, already extracted and indexed (the extraction worker is another part).</summary>
    private async Task DocumentAsync(IServiceProvider provider, WorkingGroup group, Guid author, DocumentVisibility visibility, string title, string text,
        CancellationToken ct)
    {
        var library = provider.GetRequiredService<LibraryDbContext>();
        var bytes = Encoding.UTF8.GetBytes(text);
        using var content = new MemoryStream(bytes);
        var key = await provider.GetRequiredService<IFileStore>().SaveAsync(content, ct);
        var document = LibraryDocument.Create(group.NetworkId, new DocumentMetadata(title, null, DocumentKind.Guide, group.CollectionId, null, null,
            DocumentLicence.CcBy40, visibility, group.Id), author, now);
        var version = DocumentVersion.Create(group.NetworkId, document.Id, document.NextVersion(now),
            new StoredFile(key, title.Replace(' ', '-') + ".txt", "text/plain", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), null, author, now);
        version.Extracted(text, 1, now);
        library.Documents.Add(document);
        library.Versions.Add(version);
        await library.SaveChangesAsync(ct);
        await provider.GetRequiredService<LibrarySearchIndex>().IndexAsync(library, document.Id, ct);
        await library.SaveChangesAsync(ct);
    }

    private async Task<List<string>> MemberEmailsAsync(Guid networkId, Guid[] except, int count, CancellationToken ct)
    {
        var staff = new[] { "admin.", "docente.", "moderatore.", "referente." };
        var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters().Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active && !except.Contains(m.UserId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, u.CreatedAt })
            .OrderBy(x => x.CreatedAt).ThenBy(x => x.Email).Take(count + 10).ToListAsync(ct);
        return rows.Select(r => r.Email!).Where(e => !staff.Any(s => e.StartsWith(s, StringComparison.Ordinal))).Take(count).ToList();
    }

    private Task<Guid> UserIdAsync(string email, CancellationToken ct)
    {
        var normalized = email.ToUpperInvariant();
        return db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync(ct);
    }

    private static void Ensure(bool succeeded, string? error)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException("Demo working group: " + error);
        }
    }
}
