using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Files;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Practices;

/// <summary>
/// Writing good practices: a member drafts a case for their organization (admins for any member organization), attaches
/// files, submits it; a network admin publishes it or returns it with a note, and the author is told by e-mail. Prize
/// winners are published directly. A published case is in the full-text index; any other is not. The acting person is
/// a parameter, so the demo seed and the prize calls can call it outside a request.
/// </summary>
public sealed class GoodPractices
{
    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly PracticeActors actors;
    private readonly PracticeLabels labels;
    private readonly PracticeAttachmentIntake intake;
    private readonly IFileStore files;
    private readonly IOrganizationDirectory organizations;
    private readonly INetworkDirectory networks;
    private readonly PracticeSearchIndex index;
    private readonly PracticeMail mail;
    private readonly AuditTrail audit;

    internal GoodPractices(LibraryDbContext db, ITenantContext tenant, TimeProvider time, PracticeActors actors, PracticeLabels labels, PracticeAttachmentIntake intake,
        IFileStore files, IOrganizationDirectory organizations, INetworkDirectory networks, PracticeSearchIndex index, PracticeMail mail, AuditTrail audit)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.actors = actors;
        this.labels = labels;
        this.intake = intake;
        this.files = files;
        this.organizations = organizations;
        this.networks = networks;
        this.index = index;
        this.mail = mail;
        this.audit = audit;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this scope.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>A new draft (submitted at once with <paramref name="submit"/>); its id on success.</summary>
    public async Task<PracticeResult> CreateAsync(PracticeForm form, IReadOnlyList<IncomingFile> attachments, Guid actorId, bool submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(attachments);
        var actor = await actors.ForAsync(NetworkId, actorId, ct);
        if (!actor.IsMember)
        {
            return PracticeResult.Forbidden;
        }

        var organizationId = actor.IsAdmin && form.OrganizationId is { } chosen ? chosen : actor.OrganizationId;
        if (organizationId is null)
        {
            return PracticeResult.Refused("Per proporre una buona pratica devi lavorare per un ente della rete.");
        }

        var checkedForm = await CheckAsync(form, submit, ct);
        var error = checkedForm.Error ?? await CheckOrganizationAsync(organizationId.Value, ct) ?? CheckFiles(attachments, 0);
        if (error is not null)
        {
            return PracticeResult.Refused(error);
        }

        var practice = GoodPractice.Create(NetworkId, checkedForm.Content, organizationId, await RegionOfAsync(organizationId.Value, ct), actorId, Now);
        if (submit)
        {
            practice.Submit(Now);
        }

        db.Practices.Add(practice);
        labels.Replace(practice, checkedForm.Tags, form.CompetenceIds);
        audit.RecordBy(db, actorId, NetworkId, submit ? "library.practice.submitted" : "library.practice.created", nameof(GoodPractice), practice.Id, practice.Title);
        await SaveWithFilesAsync(practice, checkedForm.Tags, attachments, [], ct);
        return PracticeResult.Ok(practice.Id);
    }

    /// <summary>Changes a case (its author or referent until published, admins always), adds and removes attachments, and with <paramref name="submit"/> sends it to review.</summary>
    public async Task<PracticeResult> EditAsync(Guid practiceId, PracticeForm form, IReadOnlyList<IncomingFile> attachments, IReadOnlyCollection<Guid> removeAttachmentIds,
        Guid actorId, bool submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(attachments);
        ArgumentNullException.ThrowIfNull(removeAttachmentIds);
        var (practice, actor, denied) = await LoadForEditAsync(practiceId, actorId, ct);
        if (practice is null)
        {
            return denied;
        }

        var checkedForm = await CheckAsync(form, submit, ct);
        var existing = await db.PracticeAttachments.Where(a => a.PracticeId == practice.Id).ToListAsync(ct);
        var removed = existing.Where(a => removeAttachmentIds.Contains(a.Id)).ToList();
        var newOrganization = actor.IsAdmin && form.OrganizationId is { } chosen && chosen != practice.OrganizationId ? chosen : (Guid?)null;
        var error = checkedForm.Error
            ?? (submit && practice.Status is not (PracticeStatus.Draft or PracticeStatus.Returned or PracticeStatus.Submitted) ? "Questa buona pratica è già pubblicata." : null)
            ?? (newOrganization is { } org ? await CheckOrganizationAsync(org, ct) : null)
            ?? CheckFiles(attachments, existing.Count - removed.Count);
        if (error is not null)
        {
            return PracticeResult.Refused(error);
        }

        practice.Edit(checkedForm.Content, Now);
        if (newOrganization is { } moved)
        {
            practice.MoveTo(moved, await RegionOfAsync(moved, ct), Now);
        }

        if (submit && practice.Status != PracticeStatus.Submitted)
        {
            practice.Submit(Now);
        }

        await labels.ReplaceAsync(practice, checkedForm.Tags, form.CompetenceIds, ct);
        db.PracticeAttachments.RemoveRange(removed);
        audit.RecordBy(db, actorId, NetworkId, submit ? "library.practice.submitted" : "library.practice.updated", nameof(GoodPractice), practice.Id, practice.Title);
        await SaveWithFilesAsync(practice, checkedForm.Tags, attachments, removed.Select(a => a.FileKey).ToList(), ct);
        return PracticeResult.Ok(practice.Id);
    }

    /// <summary>Sends a draft or returned case to review, once every required part is written.</summary>
    public async Task<PracticeResult> SubmitAsync(Guid practiceId, Guid actorId, CancellationToken ct)
    {
        var (practice, _, denied) = await LoadForEditAsync(practiceId, actorId, ct);
        if (practice is null)
        {
            return denied;
        }

        var error = practice.Status is PracticeStatus.Draft or PracticeStatus.Returned ? null : "Si possono inviare alla revisione solo le bozze e le buone pratiche da rivedere.";
        error ??= PracticeRules.CheckComplete(new PracticeContent(practice.Title, practice.Summary, practice.Problem, practice.Solution, practice.Results, practice.Costs,
            practice.Contacts, practice.Theme));
        if (error is not null)
        {
            return PracticeResult.Refused(error);
        }

        practice.Submit(Now);
        audit.RecordBy(db, actorId, NetworkId, "library.practice.submitted", nameof(GoodPractice), practice.Id, practice.Title);
        await db.SaveChangesAsync(ct);
        return PracticeResult.Ok(practice.Id);
    }

    /// <summary>A network admin publishes a submitted case (a note is optional) or returns it (a note is required); the author is e-mailed.</summary>
    public async Task<PracticeResult> ReviewAsync(Guid practiceId, bool publish, string? note, Guid actorId, CancellationToken ct)
    {
        var actor = await actors.ForAsync(NetworkId, actorId, ct);
        if (!actor.IsAdmin)
        {
            return PracticeResult.Forbidden with { Error = "Solo gli amministratori della rete rivedono le buone pratiche." };
        }

        var practice = await db.Practices.FirstOrDefaultAsync(p => p.Id == practiceId, ct);
        if (practice is null)
        {
            return PracticeResult.Missing;
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var error = practice.Status == PracticeStatus.Submitted ? null : "Si possono rivedere solo le buone pratiche inviate alla revisione.";
        error ??= !publish && note is null ? "Per restituire la buona pratica scrivi una nota per l'autore." : null;
        error ??= note?.Length > 2000 ? "La nota può avere al massimo 2000 caratteri." : null;
        if (error is not null)
        {
            return PracticeResult.Refused(error);
        }

        if (publish)
        {
            practice.Publish(actorId, note, Now);
        }
        else
        {
            practice.Return(actorId, note!, Now);
        }

        await index.IndexAsync(db, practice, await labels.TagsOfAsync(practice.Id, ct), ct);
        audit.RecordBy(db, actorId, NetworkId, publish ? "library.practice.published" : "library.practice.returned", nameof(GoodPractice), practice.Id, note ?? practice.Title);
        await db.SaveChangesAsync(ct);
        await mail.ReviewedAsync(practice, ct);
        return PracticeResult.Ok(practice.Id);
    }

    /// <summary>
    /// Publishes a prize call's winning entry as a case, without review; calling again for the same entry returns the
    /// case already made. Works outside a network's request.
    /// </summary>
    public async Task<Guid> PublishFromPrizeAsync(Guid networkId, PracticeContent content, Guid? organizationId, Guid actorId, Guid prizeEntryId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (await ExistingFromPrizeAsync(prizeEntryId, ct) is { } existing)
        {
            return existing;
        }

        var regionId = organizationId is { } org ? await RegionOfAsync(org, ct) : null;
        var practice = GoodPractice.Create(networkId, content, organizationId, regionId, actorId, Now, prizeEntryId);
        practice.Publish(actorId, null, Now);
        db.Practices.Add(practice);
        await index.IndexAsync(db, practice, [], ct);
        audit.RecordBy(db, actorId, networkId, "library.practice.published", nameof(GoodPractice), practice.Id, $"Premio: {practice.Title}");
        try
        {
            await db.SaveChangesAsync(ct);
            return practice.Id;
        }
        catch (DbUpdateException)
        {
            // Another call for the same entry saved first (unique PrizeEntryId): return its case.
            db.ChangeTracker.Clear();
            return await ExistingFromPrizeAsync(prizeEntryId, ct) ?? throw new InvalidOperationException("The prize entry's case could not be saved.");
        }
    }

    /// <summary>Member organizations an admin may propose a case for.</summary>
    public Task<IReadOnlyList<OrganizationInfo>> MemberOrganizationsAsync(CancellationToken ct) => networks.ListActiveMemberOrganizationsAsync(NetworkId, ct);

    private Task<Guid?> ExistingFromPrizeAsync(Guid prizeEntryId, CancellationToken ct) =>
        db.Practices.IgnoreQueryFilters(["tenant"]).Where(p => p.PrizeEntryId == prizeEntryId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

    private async Task<(GoodPractice? Practice, PracticeActor Actor, PracticeResult Denied)> LoadForEditAsync(Guid practiceId, Guid actorId, CancellationToken ct)
    {
        var actor = await actors.ForAsync(NetworkId, actorId, ct);
        var practice = await db.Practices.FirstOrDefaultAsync(p => p.Id == practiceId, ct);
        if (practice is null || !actor.CanSee(practice))
        {
            return (null, actor, PracticeResult.Missing);
        }

        return actor.CanEdit(practice) ? (practice, actor, PracticeResult.Missing) : (null, actor, PracticeResult.Forbidden);
    }

    private async Task<(string? Error, PracticeContent Content, IReadOnlyList<string> Tags)> CheckAsync(PracticeForm form, bool submit, CancellationToken ct)
    {
        var content = form.ToContent();
        var tags = PracticeTags.Parse(form.Tags);
        var error = PracticeRules.Check(content, tags, submit) ?? await labels.CheckCompetencesAsync(NetworkId, form.CompetenceIds, ct);
        return (error, content, tags);
    }

    private async Task<string?> CheckOrganizationAsync(Guid organizationId, CancellationToken ct) =>
        await networks.IsActiveMemberOrganizationAsync(NetworkId, organizationId, ct) ? null : "L'ente scelto non fa parte della rete.";

    private string? CheckFiles(IReadOnlyList<IncomingFile> attachments, int kept) =>
        kept + attachments.Count > PracticeAttachmentIntake.MaxAttachments
            ? "Al massimo 10 allegati per buona pratica."
            : attachments.Select(intake.Check).FirstOrDefault(e => e is not null);

    private async Task<Guid?> RegionOfAsync(Guid organizationId, CancellationToken ct) =>
        await organizations.FindAsync(organizationId, ct) is { } org ? org.Kind == OrganizationKind.Region ? org.Id : org.RegionId : null;

    // Stores the new files, then saves everything at once; a stored file whose row was not saved is deleted, and the
    // files of removed attachments are deleted only once their rows are gone.
    private async Task SaveWithFilesAsync(GoodPractice practice, IReadOnlyList<string> tags, IReadOnlyList<IncomingFile> attachments, IReadOnlyList<string> removedKeys, CancellationToken ct)
    {
        var stored = new List<string>();
        try
        {
            foreach (var file in attachments)
            {
                var saved = await intake.StoreAsync(file, ct);
                stored.Add(saved.Key);
                db.PracticeAttachments.Add(GoodPracticeAttachment.Create(practice.NetworkId, practice.Id, saved, Now));
            }

            await index.IndexAsync(db, practice, tags, ct);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            foreach (var key in stored)
            {
                await files.DeleteAsync(key, CancellationToken.None);
            }

            throw;
        }

        foreach (var key in removedKeys)
        {
            await files.DeleteAsync(key, ct);
        }
    }
}
