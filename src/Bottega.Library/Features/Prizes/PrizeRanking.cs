using Bottega.Credentials.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Practices;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Prizes;

/// <summary>
/// The ranking of a call, computed from the rubric (<see cref="PrizeScoring"/>): admins follow it during scoring with
/// the sheets still missing; once scoring has closed an admin publishes it, which freezes positions and scores,
/// marks the winners, publishes each winner as a good practice and, when the call has an award, gives each winning
/// organization the award badge. Publishing again changes nothing (it only repairs badges not issued).
/// </summary>
public sealed class PrizeRanking
{
    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly IOrganizationDirectory organizations;
    private readonly IOrganizationAwards awards;
    private readonly AuditTrail audit;
    private readonly PracticeSearchIndex practiceIndex;

    internal PrizeRanking(LibraryDbContext db, ITenantContext tenant, TimeProvider time, IOrganizationDirectory organizations, IOrganizationAwards awards, AuditTrail audit,
        PracticeSearchIndex practiceIndex)
    {
        this.practiceIndex = practiceIndex;
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.organizations = organizations;
        this.awards = awards;
        this.audit = audit;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this scope.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The published ranking for members; before publication only for admins (live); otherwise null.</summary>
    public async Task<RankingView?> GetAsync(Guid callId, bool isAdmin, CancellationToken ct)
    {
        var details = await PrizeCallReader.ReadAsync(db, callId, ct);
        if (details is null || (details.Call.Status != PrizeCallStatus.RankingPublished && !isAdmin) || details.Call.Status == PrizeCallStatus.Draft)
        {
            return null;
        }

        var entries = await db.PrizeEntries.AsNoTracking().Where(e => e.CallId == callId && e.Status == PrizeEntryStatus.Submitted).ToListAsync(ct);
        var published = details.Call.Status == PrizeCallStatus.RankingPublished;
        var ranked = published
            ? await FrozenAsync(callId, entries, ct)
            : await ComputeAsync(details, entries, ct);
        var names = await organizations.GetManyAsync(entries.Select(e => e.OrganizationId).Distinct(), ct);
        var entryIds = entries.Select(e => (Guid?)e.Id).ToList();
        var practices = published
            ? await db.Practices.AsNoTracking().Where(p => p.PrizeEntryId != null && entryIds.Contains(p.PrizeEntryId))
                .ToDictionaryAsync(p => p.PrizeEntryId!.Value, p => p.Id, ct)
            : [];
        var byId = entries.ToDictionary(e => e.Id);
        var categories = details.Categories.Select(c => new RankingCategory(c, [.. ranked.Where(r => r.CategoryId == c.Id).OrderBy(r => r.Rank).Select(r =>
        {
            var entry = byId[r.EntryId];
            return new RankingRow(r.EntryId, r.Rank, entry.Code, entry.Title, names.TryGetValue(entry.OrganizationId, out var o) ? o.Name : "—", r.Score, r.Sheets,
                r.Missing, r.Winner, practices.TryGetValue(r.EntryId, out var p) ? p : null);
        })])).ToList();
        return new RankingView(details, published, categories);
    }

    /// <summary>Publishes the ranking once scoring has closed (see the class summary).</summary>
    public async Task<PrizeResult> PublishAsync(Guid callId, Guid actorId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        if (call.Status == PrizeCallStatus.RankingPublished)
        {
            await AwardWinnersAsync(call, ct);
            return PrizeResult.Ok(callId);
        }

        string? error = call.Status != PrizeCallStatus.Scoring ? "La classifica si pubblica dopo la chiusura delle candidature e della valutazione." : null;
        error ??= Now < call.ScoringClosesAt ? $"La valutazione è aperta fino al {PrizeRules.Show(call.ScoringClosesAt)}: chiudila prima di pubblicare la classifica." : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        var details = (await PrizeCallReader.ReadAsync(db, callId, ct))!;
        var entries = await db.PrizeEntries.Where(e => e.CallId == callId && e.Status == PrizeEntryStatus.Submitted).ToListAsync(ct);
        var ranked = await ComputeAsync(details, entries, ct);
        var winners = new List<PrizeEntry>();
        foreach (var r in ranked)
        {
            var entry = entries.Single(e => e.Id == r.EntryId);
            entry.Ranked(r.Rank, r.Score, r.Winner);
            if (r.Winner)
            {
                winners.Add(entry);
            }
        }

        // The full-text rows of the winners' cases are written by SQL before the save: one transaction holds both.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        call.PublishRanking(Now);
        var regions = await organizations.GetManyAsync(winners.Select(w => w.OrganizationId).Distinct(), ct);
        foreach (var winner in winners)
        {
            await PublishWinnerAsPracticeAsync(call, winner, regions.TryGetValue(winner.OrganizationId, out var o) ? o.RegionId : null, actorId, ct);
        }

        audit.RecordBy(db, actorId, NetworkId, "library.prize.ranking.published", "library.prize", callId, $"{winners.Count} vincitori");
        // One save: the ranking, the winners and their good practices are written together or not at all.
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await AwardWinnersAsync(call, ct);
        return PrizeResult.Ok(callId);
    }

    /// <summary>
    /// A winner becomes a published, searchable good practice of its organization, once (the practice remembers its
    /// entry). Unlike <c>GoodPractices.PublishFromPrizeAsync</c>, which saves on its own, the row is added to this
    /// context so it is saved with the ranking.
    /// </summary>
    internal async Task PublishWinnerAsPracticeAsync(PrizeCall call, PrizeEntry winner, Guid? regionId, Guid actorId, CancellationToken ct)
    {
        if (await db.Practices.AnyAsync(p => p.PrizeEntryId == winner.Id, ct))
        {
            return;
        }

        var practice = GoodPractice.Create(call.NetworkId, winner.Content, winner.OrganizationId, regionId, winner.SubmittedBy, Now, winner.Id);
        practice.Publish(actorId, $"Vincitore del bando «{call.Title}»", Now);
        db.Practices.Add(practice);
        await practiceIndex.IndexAsync(db, practice, [], ct);
    }

    /// <summary>The credentials module keeps its own tables: badges are issued after the ranking is saved, idempotently there.</summary>
    private async Task AwardWinnersAsync(PrizeCall call, CancellationToken ct)
    {
        if (call.AwardName is null)
        {
            return;
        }

        var winners = await db.PrizeEntries.AsNoTracking().Where(e => e.CallId == call.Id && e.IsWinner).Select(e => e.OrganizationId).Distinct().ToListAsync(ct);
        foreach (var organizationId in winners)
        {
            await awards.AwardAsync(call.NetworkId, AwardKey(call.Id), call.AwardName, call.AwardDescription ?? call.AwardName,
                $"Ente vincitore del bando «{call.Title}».", organizationId, ct);
        }
    }

    internal static string AwardKey(Guid callId) => $"premio-{callId:N}";

    private async Task<IReadOnlyList<RankedEntry>> ComputeAsync(PrizeCallView details, IReadOnlyList<PrizeEntry> entries, CancellationToken ct)
    {
        var callId = details.Call.Id;
        var sheets = await db.PrizeScoreSheets.AsNoTracking().Where(s => s.CallId == callId).Select(s => new { s.Id, s.EntryId, s.JurorId }).ToListAsync(ct);
        var scores = (await db.PrizeScores.AsNoTracking().Where(v => db.PrizeScoreSheets.Any(s => s.Id == v.SheetId && s.CallId == callId))
            .Select(v => new { v.SheetId, v.CriterionId, v.Value }).ToListAsync(ct)).ToLookup(v => v.SheetId);
        var jurors = await db.PrizeJurors.AsNoTracking().Where(j => j.CallId == callId).Select(j => j.PersonId).ToListAsync(ct);
        var conflicts = (await db.PrizeConflicts.AsNoTracking().Where(c => c.CallId == callId).Select(c => new { c.EntryId, c.JurorId }).ToListAsync(ct))
            .Select(c => (c.EntryId, c.JurorId)).ToList();
        var values = sheets.Select(s => new SheetValues(s.EntryId, s.JurorId, scores[s.Id].ToDictionary(v => v.CriterionId, v => v.Value))).ToList();
        return PrizeScoring.Rank(details.Criteria, entries, values, jurors, conflicts, details.Call.WinnersPerCategory);
    }

    private async Task<IReadOnlyList<RankedEntry>> FrozenAsync(Guid callId, IReadOnlyList<PrizeEntry> entries, CancellationToken ct)
    {
        var sheets = await db.PrizeScoreSheets.AsNoTracking().Where(s => s.CallId == callId).GroupBy(s => s.EntryId)
            .Select(g => new { EntryId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.EntryId, x => x.Count, ct);
        return [.. entries.Where(e => e.Rank is not null)
            .Select(e => new RankedEntry(e.Id, e.CategoryId, e.Rank!.Value, e.Score, sheets.GetValueOrDefault(e.Id), 0, e.IsWinner))];
    }
}
