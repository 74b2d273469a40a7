using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

/// <summary>"Used by": a member declares that their organization adopted a document (once per organization), and follows it from then on.</summary>
public sealed class DocumentAdoptions
{
    public const int MaxNote = 1000;

    private readonly LibraryDbContext db;
    private readonly LibraryActors actors;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal DocumentAdoptions(LibraryDbContext db, LibraryActors actors, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.time = time;
    }

    public async Task<DocumentResult> DeclareAsync(Guid actorId, Guid documentId, string? note, CancellationToken ct)
    {
        var (actor, document) = await FindAsync(actorId, documentId, ct);
        if (actor is null || document is null)
        {
            return DocumentResult.Refused("Documento non trovato.");
        }

        if (actor.Viewer.OrganizationId is not { } org)
        {
            return DocumentResult.Refused("Per dichiarare l'uso di un documento il tuo profilo deve essere collegato a un ente.");
        }

        var clean = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (clean?.Length > MaxNote)
        {
            return DocumentResult.Refused("La nota può avere al massimo {0} caratteri.", MaxNote);
        }

        if (await db.Adoptions.AnyAsync(a => a.DocumentId == documentId && a.OrganizationId == org, ct))
        {
            return DocumentResult.Refused("Il tuo ente ha già dichiarato di usare questo documento.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Adoptions.Add(DocumentAdoption.Create(document.NetworkId, documentId, org, actorId, clean, now));
        if (!await db.Followers.AnyAsync(f => f.DocumentId == documentId && f.PersonId == actorId, ct))
        {
            db.Followers.Add(DocumentFollower.Create(document.NetworkId, documentId, actorId, now));
        }

        document.RecountAdoptions(await db.Adoptions.CountAsync(a => a.DocumentId == documentId, ct) + 1);
        audit.RecordBy(db, actorId, document.NetworkId, "library.adoption-declared", nameof(LibraryDocument), documentId, org.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A colleague declared it at the same moment (unique per document and organization).
            return DocumentResult.Refused("Il tuo ente ha già dichiarato di usare questo documento.");
        }

        return new DocumentResult(documentId, null);
    }

    public async Task<DocumentResult> WithdrawAsync(Guid actorId, Guid documentId, CancellationToken ct)
    {
        var (actor, document) = await FindAsync(actorId, documentId, ct);
        if (actor is null || document is null)
        {
            return DocumentResult.Refused("Documento non trovato.");
        }

        var adoption = await db.Adoptions.FirstOrDefaultAsync(a => a.DocumentId == documentId && a.OrganizationId == actor.Viewer.OrganizationId, ct);
        if (adoption is null)
        {
            return DocumentResult.Refused("Il tuo ente non ha dichiarato di usare questo documento.");
        }

        db.Adoptions.Remove(adoption);
        document.RecountAdoptions(await db.Adoptions.CountAsync(a => a.DocumentId == documentId, ct) - 1);
        audit.RecordBy(db, actorId, document.NetworkId, "library.adoption-withdrawn", nameof(LibraryDocument), documentId, adoption.OrganizationId.ToString());
        await db.SaveChangesAsync(ct);
        return new DocumentResult(documentId, null);
    }

    private async Task<(LibraryActor? Actor, LibraryDocument? Document)> FindAsync(Guid actorId, Guid documentId, CancellationToken ct)
    {
        var actor = await actors.FindAsync(actorId, ct);
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && !d.IsArchived, ct);
        return actor is not null && document is not null && actor.Viewer.CanSee(document) ? (actor, document) : (null, null);
    }
}
