using Bottega.Library.Data;
using Bottega.Library.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

/// <summary>Following a document: its followers get an e-mail at each new version.</summary>
public sealed class DocumentFollowing
{
    private readonly LibraryDbContext db;
    private readonly LibraryActors actors;
    private readonly TimeProvider time;

    internal DocumentFollowing(LibraryDbContext db, LibraryActors actors, TimeProvider time)
    {
        this.db = db;
        this.actors = actors;
        this.time = time;
    }

    public async Task<bool> FollowAsync(Guid actorId, Guid documentId, CancellationToken ct)
    {
        var actor = await actors.FindAsync(actorId, ct);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (actor is null || document is null || !actor.Viewer.CanSee(document))
        {
            return false;
        }

        if (!await db.Followers.AnyAsync(f => f.DocumentId == documentId && f.PersonId == actorId, ct))
        {
            db.Followers.Add(DocumentFollower.Create(document.NetworkId, documentId, actorId, time.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Followed twice at once: one row is enough.
            }
        }

        return true;
    }

    public async Task UnfollowAsync(Guid actorId, Guid documentId, CancellationToken ct) =>
        await db.Followers.Where(f => f.DocumentId == documentId && f.PersonId == actorId).ExecuteDeleteAsync(ct);
}
