using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Prizes;

/// <summary>
/// Network admins run the network's prize calls: the call and its dates, categories, weighted criteria, jury, then
/// opening, closing submissions and closing scoring (publishing the ranking is <see cref="PrizeRanking"/>). Every
/// change is audited; the acting person is a parameter, so the demo seed can call it outside a request.
/// </summary>
public sealed class PrizeCallAdministration
{
    private const string NotDraft = "Il bando è già stato aperto: categorie, criteri e testo non si possono più cambiare.";
    private const string Finished = "La classifica è già pubblicata: il bando non si può più cambiare.";

    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly INetworkPeople people;
    private readonly IPersonNames names;
    private readonly IOrganizationDirectory organizations;
    private readonly AuditTrail audit;

    internal PrizeCallAdministration(LibraryDbContext db, ITenantContext tenant, TimeProvider time, INetworkPeople people, IPersonNames names, IOrganizationDirectory organizations,
        AuditTrail audit)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.people = people;
        this.names = names;
        this.organizations = organizations;
        this.audit = audit;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this scope.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Every call of the network, newest first (a network runs a few a year).</summary>
    public async Task<IReadOnlyList<PrizeCallSummary>> ListAsync(CancellationToken ct) =>
        await db.PrizeCalls.AsNoTracking().OrderByDescending(c => c.SubmissionsOpenAt).Take(200)
            .Select(c => new PrizeCallSummary(c.Id, c.Title, c.Status, c.SubmissionsOpenAt, c.SubmissionsCloseAt, c.ScoringClosesAt,
                db.PrizeEntries.Count(e => e.CallId == c.Id && e.Status == PrizeEntryStatus.Submitted)))
            .ToListAsync(ct);

    public async Task<PrizeCallAdminView?> GetAsync(Guid callId, CancellationToken ct)
    {
        var details = await PrizeCallReader.ReadAsync(db, callId, ct);
        if (details is null)
        {
            return null;
        }

        var jurors = await db.PrizeJurors.AsNoTracking().Where(j => j.CallId == callId).OrderBy(j => j.AddedAt).Select(j => j.PersonId).ToListAsync(ct);
        var sheets = await db.PrizeScoreSheets.AsNoTracking().Where(s => s.CallId == callId).GroupBy(s => s.JurorId)
            .Select(g => new { JurorId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.JurorId, x => x.Count, ct);
        var emails = (await people.ActiveMembersAsync(NetworkId, jurors, ct)).ToDictionary(m => m.UserId, m => m.Email);
        var named = await names.GetAsync(jurors, ct);
        var persons = jurors.Select(id => new PrizeJurorView(id, named.GetValueOrDefault(id, "—"), emails.GetValueOrDefault(id, ""), sheets.GetValueOrDefault(id))).ToList();

        var entries = await db.PrizeEntries.AsNoTracking().Where(e => e.CallId == callId).OrderBy(e => e.Number).ToListAsync(ct);
        var orgs = await organizations.GetManyAsync(entries.Select(e => e.OrganizationId).Distinct(), ct);
        var categories = details.Categories.ToDictionary(c => c.Id, c => c.Name);
        return new PrizeCallAdminView(details, persons, [.. entries.Select(e => new PrizeEntryAdminView(e.Id, e.Code, e.Title, categories.GetValueOrDefault(e.CategoryId, ""),
            orgs.TryGetValue(e.OrganizationId, out var o) ? o.Name : "—", e.Status, e.SubmittedAt))]);
    }

    /// <summary>The edit form filled with the call's values (dates in Rome time).</summary>
    public static PrizeCallForm FormOf(PrizeCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new PrizeCallForm
        {
            Title = call.Title,
            Description = call.Description,
            EligibilityText = call.EligibilityText,
            EligibleKinds = [.. call.EligibleKindList],
            Dates = DatesOf(call),
            WinnersPerCategory = call.WinnersPerCategory,
            AwardName = call.AwardName,
            AwardDescription = call.AwardDescription,
        };
    }

    public static PrizeDatesForm DatesOf(PrizeCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new PrizeDatesForm
        {
            SubmissionsOpenAt = PrizeRules.ToRome(call.SubmissionsOpenAt),
            SubmissionsCloseAt = PrizeRules.ToRome(call.SubmissionsCloseAt),
            ScoringOpensAt = PrizeRules.ToRome(call.ScoringOpensAt),
            ScoringClosesAt = PrizeRules.ToRome(call.ScoringClosesAt),
        };
    }

    public async Task<PrizeResult> CreateAsync(PrizeCallForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (error, details) = PrizeRules.CheckCall(form);
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        var call = PrizeCall.Create(NetworkId, details!, actorId, Now);
        db.PrizeCalls.Add(call);
        Audit("library.prize.created", call.Id, actorId, call.Title);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(call.Id);
    }

    /// <summary>Changes the whole call while it is a draft.</summary>
    public async Task<PrizeResult> UpdateAsync(Guid callId, PrizeCallForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        var (error, details) = PrizeRules.CheckCall(form);
        error ??= call.Status != PrizeCallStatus.Draft ? NotDraft : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        call.Update(details!);
        Audit("library.prize.updated", call.Id, actorId, call.Title);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(call.Id);
    }

    /// <summary>Moves the dates (a deadline extended) until the ranking is published.</summary>
    public async Task<PrizeResult> RescheduleAsync(Guid callId, PrizeDatesForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        var (error, dates) = PrizeRules.CheckDates(form);
        error ??= call.Status == PrizeCallStatus.RankingPublished ? Finished : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        call.Reschedule(dates!);
        Audit("library.prize.rescheduled", call.Id, actorId, string.Join(" → ", new[] { dates!.SubmissionsOpenAt, dates.SubmissionsCloseAt, dates.ScoringOpensAt, dates.ScoringClosesAt }.Select(PrizeRules.Show)));
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(call.Id);
    }

    public async Task<PrizeResult> AddCategoryAsync(Guid callId, PrizeRubricForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        var count = await db.PrizeCategories.CountAsync(c => c.CallId == callId, ct);
        var error = PrizeRules.CheckCategory(form) ?? (call.Status != PrizeCallStatus.Draft ? NotDraft : null)
            ?? (count >= PrizeRules.MaxCategories ? "Un bando può avere al massimo 20 categorie." : null);
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        var category = PrizeCategory.Create(NetworkId, callId, form.Name!.Trim(), PrizeRules.Clean(form.Description), count + 1);
        db.PrizeCategories.Add(category);
        Audit("library.prize.category.added", callId, actorId, category.Name);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(category.Id);
    }

    public async Task<PrizeResult> AddCriterionAsync(Guid callId, PrizeRubricForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        var count = await db.PrizeCriteria.CountAsync(c => c.CallId == callId, ct);
        var error = PrizeRules.CheckCriterion(form) ?? (call.Status != PrizeCallStatus.Draft ? NotDraft : null)
            ?? (count >= PrizeRules.MaxCriteria ? "Un bando può avere al massimo 20 criteri." : null);
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        var criterion = PrizeCriterion.Create(NetworkId, callId, form.Name!.Trim(), PrizeRules.Clean(form.Description), form.Weight, form.MaxScore, count + 1);
        db.PrizeCriteria.Add(criterion);
        Audit("library.prize.criterion.added", callId, actorId, $"{criterion.Name} ({criterion.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(criterion.Id);
    }

    /// <summary>Removes a category or a criterion of a draft.</summary>
    public async Task<PrizeResult> RemoveRubricItemAsync(Guid callId, Guid itemId, Guid actorId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        var category = await db.PrizeCategories.FirstOrDefaultAsync(c => c.CallId == callId && c.Id == itemId, ct);
        var criterion = category is null ? await db.PrizeCriteria.FirstOrDefaultAsync(c => c.CallId == callId && c.Id == itemId, ct) : null;
        if (call is null || (category is null && criterion is null))
        {
            return PrizeResult.Missing;
        }

        if (call.Status != PrizeCallStatus.Draft)
        {
            return PrizeResult.Refused(NotDraft);
        }

        if (category is not null)
        {
            db.PrizeCategories.Remove(category);
        }
        else
        {
            db.PrizeCriteria.Remove(criterion!);
        }

        Audit("library.prize.rubric.removed", callId, actorId, category?.Name ?? criterion!.Name);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(callId);
    }

    /// <summary>Adds a juror, an active member of the network named by e-mail, until the ranking is published.</summary>
    public async Task<PrizeResult> AddJurorAsync(Guid callId, string? email, Guid actorId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        var person = string.IsNullOrWhiteSpace(email) || email.Length > 256 ? null : await people.FindByEmailAsync(NetworkId, email.Trim(), ct);
        var jurors = await db.PrizeJurors.Where(j => j.CallId == callId).Select(j => j.PersonId).ToListAsync(ct);
        string? error = call.Status == PrizeCallStatus.RankingPublished ? Finished : null;
        error ??= person is null ? "Nessun membro attivo della rete ha questo indirizzo e-mail." : null;
        error ??= jurors.Contains(person!.UserId) ? "Questa persona fa già parte della giuria." : null;
        error ??= jurors.Count >= PrizeRules.MaxJurors ? "Una giuria può avere al massimo 50 persone." : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        db.PrizeJurors.Add(PrizeJuror.Create(NetworkId, callId, person!.UserId, Now));
        Audit("library.prize.juror.added", callId, actorId, person.Email);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(callId);
    }

    /// <summary>Removes a juror who has not scored anything yet.</summary>
    public async Task<PrizeResult> RemoveJurorAsync(Guid callId, Guid personId, Guid actorId, CancellationToken ct)
    {
        var juror = await db.PrizeJurors.FirstOrDefaultAsync(j => j.CallId == callId && j.PersonId == personId, ct);
        if (juror is null)
        {
            return PrizeResult.Missing;
        }

        if (await db.PrizeScoreSheets.AnyAsync(s => s.CallId == callId && s.JurorId == personId, ct))
        {
            return PrizeResult.Refused("Questa persona ha già valutato delle candidature: non si può togliere dalla giuria.");
        }

        db.PrizeJurors.Remove(juror);
        Audit("library.prize.juror.removed", callId, actorId, personId.ToString());
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(callId);
    }

    /// <summary>Publishes a draft with at least one category, one criterion and one juror: members see it and submit between the dates.</summary>
    public async Task<PrizeResult> OpenAsync(Guid callId, Guid actorId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        string? error = call.Status != PrizeCallStatus.Draft ? "Il bando è già aperto." : null;
        error ??= !await db.PrizeCategories.AnyAsync(c => c.CallId == callId, ct) ? "Aggiungi almeno una categoria prima di aprire il bando." : null;
        error ??= !await db.PrizeCriteria.AnyAsync(c => c.CallId == callId, ct) ? "Aggiungi almeno un criterio di valutazione prima di aprire il bando." : null;
        error ??= !await db.PrizeJurors.AnyAsync(c => c.CallId == callId, ct) ? "Nomina almeno un giurato prima di aprire il bando." : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        call.Open(Now);
        Audit("library.prize.opened", callId, actorId, call.Title);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(callId);
    }

    /// <summary>Ends submissions (now, if their date is still ahead): the jury's phase begins.</summary>
    public async Task<PrizeResult> CloseSubmissionsAsync(Guid callId, Guid actorId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        if (call.Status != PrizeCallStatus.Open)
        {
            return PrizeResult.Refused("Si possono chiudere le candidature solo di un bando aperto.");
        }

        call.CloseSubmissions(Now);
        Audit("library.prize.submissions.closed", callId, actorId, call.Title);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(callId);
    }

    /// <summary>Ends scoring now (if its date is still ahead), so the ranking can be published.</summary>
    public async Task<PrizeResult> CloseScoringAsync(Guid callId, Guid actorId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        if (call.Status != PrizeCallStatus.Scoring)
        {
            return PrizeResult.Refused("Si può chiudere la valutazione solo dopo la chiusura delle candidature.");
        }

        call.CloseScoring(Now);
        Audit("library.prize.scoring.closed", callId, actorId, call.Title);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(callId);
    }

    /// <summary>Sets an entry aside (not eligible, incomplete) before the ranking; it is neither scored nor ranked.</summary>
    public async Task<PrizeResult> ExcludeEntryAsync(Guid callId, Guid entryId, string? reason, Guid actorId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        var entry = await db.PrizeEntries.FirstOrDefaultAsync(e => e.CallId == callId && e.Id == entryId, ct);
        if (call is null || entry is null)
        {
            return PrizeResult.Missing;
        }

        string? error = call.Status == PrizeCallStatus.RankingPublished ? Finished : null;
        error ??= entry.Status != PrizeEntryStatus.Submitted ? "La candidatura non è attiva." : null;
        error ??= string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000 ? "Scrivi il motivo dell'esclusione (al massimo 1000 caratteri)." : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        entry.Exclude(reason!.Trim());
        Audit("library.prize.entry.excluded", callId, actorId, $"{entry.Code}: {reason.Trim()}");
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(callId);
    }

    private void Audit(string action, Guid callId, Guid actorId, string? summary) =>
        audit.RecordBy(db, actorId, NetworkId, action, "library.prize", callId, summary);
}
