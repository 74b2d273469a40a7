using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Prizes;

/// <summary>
/// The jury's side: each juror sees the submitted entries blind (by code; no organization, submitter or other
/// juror's scores), declares conflicts of interest (the entry then leaves their work) and scores each entry once, on
/// every criterion, between the scoring dates. A person outside the jury finds nothing (404).
/// </summary>
public sealed class JuryScoring
{
    private const string AlreadyScored = "Hai già valutato questa candidatura: la scheda inviata non si può cambiare.";
    private const string InConflict = "Hai dichiarato un conflitto di interessi su questa candidatura: non puoi valutarla.";

    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;

    internal JuryScoring(LibraryDbContext db, ITenantContext tenant, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this scope.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The entries the juror works on, with what they did on each; null when they are not on the call's jury.</summary>
    public async Task<JurorList?> ListAsync(Guid callId, Guid jurorId, CancellationToken ct)
    {
        var details = await JurorCallAsync(callId, jurorId, ct);
        if (details is null)
        {
            return null;
        }

        if (details.Call.Status is PrizeCallStatus.Draft or PrizeCallStatus.Open)
        {
            return new JurorList(details, [], $"La valutazione si apre alla chiusura delle candidature ({PrizeRules.Show(details.Call.SubmissionsCloseAt)}).");
        }

        var entries = await db.PrizeEntries.AsNoTracking().Where(e => e.CallId == callId && e.Status == PrizeEntryStatus.Submitted).OrderBy(e => e.Number)
            .Select(e => new { e.Id, e.Number, e.Title, e.CategoryId }).ToListAsync(ct);
        var scored = await db.PrizeScoreSheets.AsNoTracking().Where(s => s.CallId == callId && s.JurorId == jurorId).Select(s => s.EntryId).ToListAsync(ct);
        var conflicts = await db.PrizeConflicts.AsNoTracking().Where(c => c.CallId == callId && c.JurorId == jurorId).Select(c => c.EntryId).ToListAsync(ct);
        var categories = details.Categories.ToDictionary(c => c.Id, c => c.Name);
        var items = entries.Select(e =>
        {
            var state = conflicts.Contains(e.Id) ? JurorEntryState.Conflict : scored.Contains(e.Id) ? JurorEntryState.Scored : JurorEntryState.ToDo;
            // An entry in conflict leaves the juror's work: its title is not shown either.
            return new JurorEntryItem(e.Id, PrizeEntry.Format(e.Number), state == JurorEntryState.Conflict ? "" : e.Title, categories.GetValueOrDefault(e.CategoryId, ""), state);
        }).ToList();
        return new JurorList(details, items, ScoringRefusal(details.Call));
    }

    /// <summary>One entry for the juror: null when they are not on the jury or the entry is not theirs to read.</summary>
    public async Task<JurorEntryView?> EntryAsync(Guid callId, Guid entryId, Guid jurorId, CancellationToken ct)
    {
        var details = await JurorCallAsync(callId, jurorId, ct);
        if (details is null || details.Call.Status is PrizeCallStatus.Draft or PrizeCallStatus.Open)
        {
            return null;
        }

        var entry = await db.PrizeEntries.AsNoTracking().FirstOrDefaultAsync(e => e.CallId == callId && e.Id == entryId && e.Status == PrizeEntryStatus.Submitted, ct);
        if (entry is null)
        {
            return null;
        }

        var conflict = await db.PrizeConflicts.AsNoTracking().Where(c => c.EntryId == entryId && c.JurorId == jurorId).Select(c => c.Reason).FirstOrDefaultAsync(ct);
        var sheet = await db.PrizeScoreSheets.AsNoTracking().FirstOrDefaultAsync(s => s.EntryId == entryId && s.JurorId == jurorId, ct);
        var scores = sheet is null ? null : await db.PrizeScores.AsNoTracking().Where(s => s.SheetId == sheet.Id).ToDictionaryAsync(s => s.CriterionId, s => s.Value, ct);
        var category = details.Categories.FirstOrDefault(c => c.Id == entry.CategoryId)?.Name ?? "";
        var blind = conflict is not null
            ? new BlindEntry(entry.Id, entry.Code, category, "", "", "", "", "", null, "")
            : new BlindEntry(entry.Id, entry.Code, category, entry.Title, entry.Summary, entry.Problem, entry.Solution, entry.Results, entry.Costs, entry.Theme);
        var refusal = conflict is not null ? InConflict : sheet is not null ? AlreadyScored : ScoringRefusal(details.Call);
        return new JurorEntryView(details, blind, scores, sheet?.Comment, conflict, refusal);
    }

    /// <summary>Declares a conflict of interest on an entry not yet scored; declaring it again changes nothing.</summary>
    public async Task<PrizeResult> DeclareConflictAsync(Guid callId, Guid entryId, string? reason, Guid jurorId, CancellationToken ct)
    {
        var view = await EntryAsync(callId, entryId, jurorId, ct);
        if (view is null)
        {
            return PrizeResult.Missing;
        }

        if (view.ConflictReason is not null)
        {
            return PrizeResult.Ok(entryId);
        }

        string? error = view.MyScores is not null ? "Hai già valutato questa candidatura: il conflitto andava dichiarato prima." : null;
        error ??= view.Details.Call.Status != PrizeCallStatus.Scoring ? "La valutazione è conclusa." : null;
        error ??= string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000 ? "Scrivi il motivo del conflitto di interessi (al massimo 1000 caratteri)." : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        db.PrizeConflicts.Add(ConflictDeclaration.Create(NetworkId, callId, entryId, jurorId, reason!.Trim(), Now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Declared at the same moment in another tab: it is there.
            db.ChangeTracker.Clear();
            if (!await db.PrizeConflicts.AsNoTracking().AnyAsync(c => c.EntryId == entryId && c.JurorId == jurorId, ct))
            {
                throw;
            }
        }

        return PrizeResult.Ok(entryId);
    }

    /// <summary>Saves the juror's sheet: every criterion 0..its maximum, once, between the scoring dates.</summary>
    public async Task<PrizeResult> ScoreAsync(Guid callId, Guid entryId, IReadOnlyDictionary<Guid, int?> values, string? comment, Guid jurorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(values);
        var view = await EntryAsync(callId, entryId, jurorId, ct);
        if (view is null)
        {
            return PrizeResult.Missing;
        }

        string? error = view.Refusal;
        error ??= view.Details.Criteria.Any(c => values.GetValueOrDefault(c.Id) is not { } v || v < 0 || v > c.MaxScore)
            ? "Dai un punteggio a ogni criterio, da 0 al suo massimo."
            : null;
        error ??= (comment?.Trim().Length ?? 0) > 5000 ? "Il commento può avere al massimo 5000 caratteri." : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        var sheet = JurorScoreSheet.Create(NetworkId, callId, entryId, jurorId, PrizeRules.Clean(comment), Now);
        db.PrizeScoreSheets.Add(sheet);
        db.PrizeScores.AddRange(view.Details.Criteria.Select(c => JurorScore.Create(NetworkId, sheet.Id, c.Id, values[c.Id]!.Value)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same juror sent the sheet twice at once: the unique index kept the first.
            db.ChangeTracker.Clear();
            if (await db.PrizeScoreSheets.AsNoTracking().AnyAsync(s => s.EntryId == entryId && s.JurorId == jurorId, ct))
            {
                return PrizeResult.Refused(AlreadyScored);
            }

            throw;
        }

        return PrizeResult.Ok(sheet.Id);
    }

    private async Task<PrizeCallView?> JurorCallAsync(Guid callId, Guid jurorId, CancellationToken ct) =>
        await db.PrizeJurors.AsNoTracking().AnyAsync(j => j.CallId == callId && j.PersonId == jurorId, ct) ? await PrizeCallReader.ReadAsync(db, callId, ct) : null;

    private string? ScoringRefusal(PrizeCall call)
    {
        var period = $"dal {PrizeRules.Show(call.ScoringOpensAt)} al {PrizeRules.Show(call.ScoringClosesAt)}";
        return call.Status == PrizeCallStatus.RankingPublished ? "La valutazione è conclusa: la classifica è pubblicata."
            : Now < call.ScoringOpensAt ? $"La valutazione non è ancora aperta: si valuta {period}."
            : Now >= call.ScoringClosesAt ? $"La valutazione è chiusa: si poteva valutare {period}."
            : null;
    }
}
