using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Auditing;
using Bottega.Platform.Files;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Ledger;

public sealed record PendingDeclaration(Guid Id, Guid UserId, string PersonName, string Title, string Provider, DateOnly Date, decimal Hours,
    string? EvidenceFileName, DateTime DeclaredAt);

public sealed record EvidenceFile(Stream Content, string FileName, string ContentType);

/// <summary>Who decides: the training referent of one organization, or a network admin (every organization of the network).</summary>
public sealed record Decider(Guid UserId, bool IsNetworkAdmin)
{
    /// <summary>The signed-in person with their roles in the request's network.</summary>
    public static async Task<Decider> CurrentAsync(ICurrentUser user, ICurrentNetworkRoles roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(roles);
        var mine = await roles.GetAsync(cancellationToken);
        return new Decider(user.Id ?? throw new InvalidOperationException("Not signed in."), mine.HasFlag(NetworkRole.NetworkAdmin));
    }
}

/// <summary>
/// The referent's queue of external-training declarations: only declarations of their own organization (a network admin
/// sees the whole network's); approval writes the hours in the ledger in the same save, and the ledger's unique index
/// on (person, source, declaration) makes a repeated approval count nothing twice.
/// </summary>
public sealed class ExternalTrainingDecisions
{
    private const int PageSize = 50;

    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly INetworkPeople people;
    private readonly IPersonNames names;
    private readonly IFileStore files;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal ExternalTrainingDecisions(LearningDbContext db, ITenantContext tenant, INetworkPeople people, IPersonNames names, IFileStore files,
        AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.people = people;
        this.names = names;
        this.files = files;
        this.audit = audit;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<(IReadOnlyList<PendingDeclaration> Items, int Total)> PendingAsync(Decider decider, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decider);
        var query = await VisibleAsync(decider, cancellationToken);
        if (query is null)
        {
            return ([], 0);
        }

        query = query.Where(d => d.Status == DeclarationStatus.Pending);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(d => d.DeclaredAt).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var personNames = await names.GetAsync(rows.Select(r => r.UserId).Distinct(), cancellationToken);
        return (rows.Select(d => new PendingDeclaration(d.Id, d.UserId, personNames.GetValueOrDefault(d.UserId, "—"), d.Title, d.Provider, d.Date, d.Hours,
            d.EvidenceFileName, d.DeclaredAt)).ToList(), total);
    }

    /// <summary>The evidence of a declaration the decider may see; null otherwise.</summary>
    public async Task<EvidenceFile?> EvidenceAsync(Decider decider, Guid declarationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decider);
        var query = await VisibleAsync(decider, cancellationToken);
        var fileId = query is null ? null : await query.Where(d => d.Id == declarationId).Select(d => d.EvidenceFileId).FirstOrDefaultAsync(cancellationToken);
        var file = fileId is null ? null : await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        var content = file is null ? null : await files.OpenAsync(file.StorageKey, cancellationToken);
        return content is null ? null : new EvidenceFile(content, file!.FileName, file.ContentType);
    }

    public async Task<LearningResult> DecideAsync(Decider decider, Guid declarationId, bool approve, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decider);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (!approve && note is null)
        {
            return LearningResult.Refused("Scrivi il motivo del rifiuto: la persona lo vedrà.");
        }

        if (note?.Length > 1000)
        {
            return LearningResult.Refused("La nota può avere al massimo 1000 caratteri.");
        }

        var query = await VisibleAsync(decider, cancellationToken);
        var declaration = query is null ? null : await query.AsTracking().FirstOrDefaultAsync(d => d.Id == declarationId, cancellationToken);
        if (declaration is null)
        {
            return LearningResult.Missing("Dichiarazione non trovata.");
        }

        if (declaration.Status != DeclarationStatus.Pending)
        {
            return LearningResult.Refused("La dichiarazione era già stata decisa.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        declaration.Decide(approve, decider.UserId, note, now);
        if (approve)
        {
            db.Hours.Add(HoursEntry.Create(declaration.UserId, declaration.Date, declaration.Hours, HoursSource.External, declaration.Id, declaration.Title,
                NetworkId, now));
        }

        audit.Record(db, NetworkId, approve ? "external-training.approved" : "external-training.rejected", "external-training", declaration.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent decision got there first: the unique index on the hours kept one entry, nothing of ours was saved.
            db.ChangeTracker.Clear();
            return LearningResult.Refused("La dichiarazione era già stata decisa.");
        }

        return LearningResult.Ok;
    }

    private async Task<IQueryable<ExternalTraining>?> VisibleAsync(Decider decider, CancellationToken cancellationToken)
    {
        var all = db.ExternalTrainings.AsNoTracking();
        if (decider.IsNetworkAdmin)
        {
            return all;
        }

        var organization = await people.ReferentOfAsync(NetworkId, decider.UserId, cancellationToken);
        return organization is { } id ? all.Where(d => d.OrganizationId == id) : null;
    }
}
