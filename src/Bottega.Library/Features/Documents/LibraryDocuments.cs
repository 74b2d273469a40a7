using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Extraction;
using Bottega.Library.Features.Files;
using Bottega.Library.Features.Search;
using Bottega.Platform.Auditing;
using Bottega.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

/// <summary>
/// Publishing documents: the first upload with its metadata, new versions, metadata changes, archiving. Every change is
/// audited and reindexed in its own transaction; a stored file whose row is not saved is deleted. The text of a new
/// file is extracted in the background (<see cref="VersionUploaded"/>); followers hear of a new version by e-mail.
/// </summary>
public sealed class LibraryDocuments
{
    public const int MaxNote = 2000;

    private readonly LibraryDbContext db;
    private readonly LibraryActors actors;
    private readonly DocumentFormRules rules;
    private readonly FileIntake intake;
    private readonly IFileStore files;
    private readonly LibrarySearchIndex index;
    private readonly AuditTrail audit;
    private readonly NewVersionMails mails;
    private readonly TimeProvider time;

    internal LibraryDocuments(LibraryDbContext db, LibraryActors actors, DocumentFormRules rules, FileIntake intake, IFileStore files, LibrarySearchIndex index,
        AuditTrail audit, NewVersionMails mails, TimeProvider time)
    {
        this.db = db;
        this.actors = actors;
        this.rules = rules;
        this.intake = intake;
        this.files = files;
        this.index = index;
        this.audit = audit;
        this.mails = mails;
        this.time = time;
    }

    /// <summary>The upload limit in megabytes, for the forms.</summary>
    public long MaxUploadBytes => intake.MaxBytes;

    /// <summary>Publishes a document with its first version.</summary>
    public async Task<DocumentResult> CreateAsync(Guid actorId, DocumentForm form, Stream content, string fileName, string? note, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await actors.FindAsync(actorId, ct) is not { } actor)
        {
            return DocumentResult.Refused("Solo i membri della rete possono pubblicare documenti.");
        }

        var (checkedForm, error) = await rules.CheckAsync(actor, form, null, ct);
        if (checkedForm is null)
        {
            return new DocumentResult(null, error);
        }

        var (cleanNote, noteError) = CleanNote(note);
        if (noteError is not null)
        {
            return new DocumentResult(null, noteError);
        }

        var accepted = await intake.AcceptAsync(content, fileName, ct);
        if (accepted.File is not { } file)
        {
            return new DocumentResult(null, accepted.Refusal);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var document = LibraryDocument.Create(actor.NetworkId, checkedForm.Metadata, actorId, now);
        db.Documents.Add(document);
        SetLinks(document, checkedForm);
        var version = AddVersion(document, file, cleanNote, actorId, now);
        audit.RecordBy(db, actorId, actor.NetworkId, "library.document-created", nameof(LibraryDocument), document.Id, document.Title);
        await SaveOrDeleteAsync(file, document.Id, ct);
        return new DocumentResult(document.Id, null);
    }

    /// <summary>Uploads a new version (the uploader, the owning organization's referent or a network admin); followers are told by e-mail.</summary>
    public async Task<DocumentResult> NewVersionAsync(Guid actorId, Guid documentId, Stream content, string fileName, string? note, CancellationToken ct)
    {
        var (actor, document, refusal) = await EditableAsync(actorId, documentId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var (cleanNote, noteError) = CleanNote(note);
        if (noteError is not null)
        {
            return new DocumentResult(null, noteError);
        }

        var accepted = await intake.AcceptAsync(content, fileName, ct);
        if (accepted.File is not { } file)
        {
            return new DocumentResult(null, accepted.Refusal);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var version = AddVersion(document!, file, cleanNote, actorId, now);
        audit.RecordBy(db, actorId, actor!.NetworkId, "library.version-uploaded", nameof(LibraryDocument), document!.Id, $"v{version.Number}");
        await SaveOrDeleteAsync(file, document.Id, ct);
        await mails.SendAsync(document, version, ct);
        return new DocumentResult(document.Id, null);
    }

    /// <summary>Changes a document's metadata, tags and competences.</summary>
    public async Task<DocumentResult> UpdateAsync(Guid actorId, Guid documentId, DocumentForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (actor, document, refusal) = await EditableAsync(actorId, documentId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var (checkedForm, error) = await rules.CheckAsync(actor!, form, document!.OwnerOrganizationId, ct);
        if (checkedForm is null)
        {
            return new DocumentResult(null, error);
        }

        document.Describe(checkedForm.Metadata, time.GetUtcNow().UtcDateTime);
        await ReplaceLinksAsync(document, checkedForm, ct);
        audit.RecordBy(db, actorId, actor!.NetworkId, "library.document-updated", nameof(LibraryDocument), document.Id, document.Title);
        await SaveAndIndexAsync(document.Id, ct);
        return new DocumentResult(document.Id, null);
    }

    /// <summary>Archives a document (out of lists and search, still reachable by its link) or brings it back.</summary>
    public async Task<DocumentResult> ArchiveAsync(Guid actorId, Guid documentId, bool archived, CancellationToken ct)
    {
        var (actor, document, refusal) = await EditableAsync(actorId, documentId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        document!.Archive(archived, time.GetUtcNow().UtcDateTime);
        audit.RecordBy(db, actorId, actor!.NetworkId, archived ? "library.document-archived" : "library.document-restored", nameof(LibraryDocument), document.Id, document.Title);
        await SaveAndIndexAsync(document.Id, ct);
        return new DocumentResult(document.Id, null);
    }

    /// <summary>Whether the person may edit the document or give it a new version (false also when they cannot see it).</summary>
    public async Task<bool> CanEditAsync(Guid actorId, Guid documentId, CancellationToken ct) =>
        (await EditableAsync(actorId, documentId, ct)).Refusal is null;

    private async Task<(LibraryActor? Actor, LibraryDocument? Document, DocumentResult? Refusal)> EditableAsync(Guid actorId, Guid documentId, CancellationToken ct)
    {
        var actor = await actors.FindAsync(actorId, ct);
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (actor is null || document is null || !actor.Viewer.CanSee(document))
        {
            return (null, null, DocumentResult.Refused("Documento non trovato."));
        }

        return actor.CanEdit(document)
            ? (actor, document, null)
            : (null, null, DocumentResult.Refused("Solo chi ha caricato il documento, il referente del suo ente o un amministratore della rete può modificarlo."));
    }

    private static (string? Note, LibraryMessage? Error) CleanNote(string? note)
    {
        var clean = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return clean?.Length > MaxNote ? (null, new LibraryMessage("La nota può avere al massimo {0} caratteri.", MaxNote)) : (clean, null);
    }

    private void SetLinks(LibraryDocument document, CheckedForm form)
    {
        db.Tags.AddRange(form.Tags.Select(t => DocumentTag.Create(document.NetworkId, document.Id, t)));
        db.Competences.AddRange(form.CompetenceIds.Select(c => DocumentCompetence.Create(document.NetworkId, document.Id, c)));
    }

    // Only what changed is deleted or added, so the unique indexes never see a tag twice within one save.
    private async Task ReplaceLinksAsync(LibraryDocument document, CheckedForm form, CancellationToken ct)
    {
        var tags = await db.Tags.Where(t => t.DocumentId == document.Id).ToListAsync(ct);
        db.Tags.RemoveRange(tags.Where(t => !form.Tags.Contains(t.Tag)));
        var competences = await db.Competences.Where(c => c.DocumentId == document.Id).ToListAsync(ct);
        db.Competences.RemoveRange(competences.Where(c => !form.CompetenceIds.Contains(c.CompetenceId)));
        SetLinks(document, form with
        {
            Tags = [.. form.Tags.Where(t => !tags.Any(x => x.Tag == t))],
            CompetenceIds = [.. form.CompetenceIds.Where(c => !competences.Any(x => x.CompetenceId == c))],
        });
    }

    private DocumentVersion AddVersion(LibraryDocument document, StoredFile file, string? note, Guid actorId, DateTime now)
    {
        var version = DocumentVersion.Create(document.NetworkId, document.Id, document.NextVersion(now), file, note, actorId, now);
        db.Versions.Add(version);
        new VersionUploaded(document.NetworkId, document.Id, version.Id).AddTo(db, now);
        return version;
    }

    private async Task SaveOrDeleteAsync(StoredFile file, Guid documentId, CancellationToken ct)
    {
        try
        {
            await SaveAndIndexAsync(documentId, ct);
        }
        catch
        {
            await files.DeleteAsync(file.Key, CancellationToken.None);
            throw;
        }
    }

    private async Task SaveAndIndexAsync(Guid documentId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await index.IndexAsync(db, documentId, ct);
        await transaction.CommitAsync(ct);
    }
}
