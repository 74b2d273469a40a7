using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

/// <summary>Comments on a document (Markdown, shown sanitized); the author or a network admin removes one.</summary>
public sealed class DocumentComments
{
    public const int MaxLength = 10_000;

    private readonly LibraryDbContext db;
    private readonly LibraryActors actors;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal DocumentComments(LibraryDbContext db, LibraryActors actors, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.time = time;
    }

    public async Task<DocumentResult> AddAsync(Guid actorId, Guid documentId, string? body, CancellationToken ct)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0)
        {
            return DocumentResult.Refused("Scrivi il testo del commento.");
        }

        if (text.Length > MaxLength)
        {
            return DocumentResult.Refused("Il commento può avere al massimo {0} caratteri.", MaxLength);
        }

        var actor = await actors.FindAsync(actorId, ct);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (actor is null || document is null || !actor.Viewer.CanSee(document))
        {
            return DocumentResult.Refused("Documento non trovato.");
        }

        db.Comments.Add(DocumentComment.Create(document.NetworkId, documentId, actorId, text, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return new DocumentResult(documentId, null);
    }

    public async Task<DocumentResult> RemoveAsync(Guid actorId, Guid commentId, CancellationToken ct)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId && !c.IsRemoved, ct);
        var actor = await actors.FindAsync(actorId, ct);
        if (comment is null || actor is null || (comment.AuthorId != actorId && !actor.IsAdmin))
        {
            return DocumentResult.Refused("Commento non trovato.");
        }

        comment.Remove();
        if (comment.AuthorId != actorId)
        {
            audit.RecordBy(db, actorId, comment.NetworkId, "library.comment-removed", nameof(DocumentComment), comment.Id);
        }

        await db.SaveChangesAsync(ct);
        return new DocumentResult(comment.DocumentId, null);
    }
}
