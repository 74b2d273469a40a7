using System.Text.RegularExpressions;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

public sealed record CollectionForm(string? Slug, string? Name, string? Description, int Position);

public sealed record CollectionRow(Guid Id, string Slug, string Name, string? Description, int Position, bool IsWorkingGroup);

/// <summary>Network admins manage the library's collections (working groups' collections are created with their group).</summary>
public sealed partial class LibraryCollections
{
    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly IMembershipLookup memberships;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal LibraryCollections(LibraryDbContext db, ITenantContext tenant, IMembershipLookup memberships, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.memberships = memberships;
        this.audit = audit;
        this.time = time;
    }

    public async Task<IReadOnlyList<CollectionRow>> ListAsync(CancellationToken ct) =>
        await db.Collections.AsNoTracking().OrderBy(c => c.WorkingGroupId != null).ThenBy(c => c.Position).ThenBy(c => c.Name)
            .Select(c => new CollectionRow(c.Id, c.Slug, c.Name, c.Description, c.Position, c.WorkingGroupId != null)).ToListAsync(ct);

    public async Task<DocumentResult> CreateAsync(Guid actorId, CollectionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await AdminNetworkAsync(actorId, ct) is not { } networkId)
        {
            return DocumentResult.Refused("Solo gli amministratori della rete gestiscono le raccolte.");
        }

        var (slug, name, description, error) = Check(form);
        if (error is not null)
        {
            return error;
        }

        if (await db.Collections.AnyAsync(c => c.Slug == slug, ct))
        {
            return DocumentResult.Refused("Esiste già una raccolta con l'indirizzo «{0}».", slug);
        }

        var collection = LibraryCollection.Create(networkId, slug, name, description, null, form.Position, time.GetUtcNow().UtcDateTime);
        db.Collections.Add(collection);
        audit.RecordBy(db, actorId, networkId, "library.collection-created", nameof(LibraryCollection), collection.Id, name);
        await db.SaveChangesAsync(ct);
        return new DocumentResult(collection.Id, null);
    }

    public async Task<DocumentResult> UpdateAsync(Guid actorId, Guid collectionId, CollectionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await AdminNetworkAsync(actorId, ct) is not { } networkId)
        {
            return DocumentResult.Refused("Solo gli amministratori della rete gestiscono le raccolte.");
        }

        var collection = await db.Collections.FirstOrDefaultAsync(c => c.Id == collectionId, ct);
        if (collection is null)
        {
            return DocumentResult.Refused("Raccolta non trovata.");
        }

        var (slug, name, description, error) = Check(form);
        if (error is not null)
        {
            return error;
        }

        if (slug != collection.Slug && await db.Collections.AnyAsync(c => c.Slug == slug, ct))
        {
            return DocumentResult.Refused("Esiste già una raccolta con l'indirizzo «{0}».", slug);
        }

        collection.Update(name, description, form.Position);
        collection.ChangeSlug(slug);
        audit.RecordBy(db, actorId, networkId, "library.collection-updated", nameof(LibraryCollection), collection.Id, name);
        await db.SaveChangesAsync(ct);
        return new DocumentResult(collection.Id, null);
    }

    private async Task<Guid?> AdminNetworkAsync(Guid actorId, CancellationToken ct) =>
        tenant.NetworkId is { } networkId && (await memberships.GetActiveRolesAsync(actorId, networkId, ct)).HasFlag(NetworkRole.NetworkAdmin) ? networkId : null;

    private static (string Slug, string Name, string? Description, DocumentResult? Error) Check(CollectionForm form)
    {
        var slug = form.Slug?.Trim().ToLowerInvariant() ?? "";
        var name = form.Name?.Trim() ?? "";
        var description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        if (name.Length is 0 or > 150 || description?.Length > 2000)
        {
            return (slug, name, description, DocumentResult.Refused("Il nome è obbligatorio (al massimo 150 caratteri); la descrizione al massimo 2000."));
        }

        if (!SlugPattern().IsMatch(slug))
        {
            return (slug, name, description, DocumentResult.Refused("L'indirizzo può contenere solo lettere minuscole, cifre e trattini (al massimo 80 caratteri)."));
        }

        return (slug, name, description, null);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
