using System.Globalization;
using Bottega.Credentials.Data;
using Bottega.Credentials.Features.Issuing;
using Bottega.Learning.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Localization;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Awards;

/// <summary>
/// Evaluates an active rule: the completion rate of every member organization (from Learning), the highest level each
/// reaches, the leaderboard rows, and the awards. A level earned is first written as an <see cref="AwardGrant"/> (unique
/// per rule, organization and level) in the same transaction as the leaderboard, then issued; so evaluating twice, or on
/// two nodes at once, issues nothing twice. Levels are issued as soon as they are reached; the evaluation after the
/// deadline is the last one and closes the rule.
/// </summary>
public sealed class AwardEvaluation
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private readonly CredentialsDbContext db;
    private readonly IPathCompletionStatistics statistics;
    private readonly IOrganizationAwardIssuing? issuer;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    // Issuing is resolved as a list so that awards are still computed and recorded where no issuer is registered:
    // the grants stay pending and are issued by the first evaluation that has one.
    internal AwardEvaluation(CredentialsDbContext db, IPathCompletionStatistics statistics, IEnumerable<IOrganizationAwardIssuing> issuing,
        ITenantContext tenant, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.statistics = statistics;
        this.issuer = issuing.LastOrDefault();
        this.tenant = tenant;
        this.audit = audit;
        this.time = time;
    }

    /// <summary>"Evaluate now" by an admin of the request's network: audited.</summary>
    public async Task<EvaluationOutcome> EvaluateNowAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        var outcome = await EvaluateAsync(networkId, ruleId, cancellationToken);
        if (outcome.Result.Succeeded)
        {
            db.ChangeTracker.Clear();
            audit.Record(db, networkId, "award.rule.evaluated", "AwardRule", ruleId,
                string.Create(CultureInfo.InvariantCulture, $"{outcome.Organizations} organizations, {outcome.NewAwards} new awards"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return outcome;
    }

    /// <summary>Every active rule of every network, for the scheduled job.</summary>
    internal async Task<IReadOnlyList<(Guid NetworkId, Guid RuleId)>> ActiveRulesAsync(CancellationToken cancellationToken) =>
        (await db.AwardRules.IgnoreQueryFilters(["tenant"]).AsNoTracking().Where(r => r.State == AwardRuleState.Active)
            .OrderBy(r => r.Id).Select(r => new { r.NetworkId, r.Id }).ToListAsync(cancellationToken))
        .Select(r => (r.NetworkId, r.Id)).ToList();

    /// <summary>Evaluates one rule of a network (no tenant needed: the job runs outside requests).</summary>
    internal async Task<EvaluationOutcome> EvaluateAsync(Guid networkId, Guid ruleId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var rule = await db.AwardRules.IgnoreQueryFilters(["tenant"]).Include(r => r.Thresholds)
            .FirstOrDefaultAsync(r => r.Id == ruleId && r.NetworkId == networkId, cancellationToken);
        if (rule is null)
        {
            return new EvaluationOutcome(AwardResult.Missing);
        }

        if (rule.State != AwardRuleState.Active)
        {
            return new EvaluationOutcome(AwardResult.Refused("Si valutano solo le regole attive."));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var figures = await statistics.ByOrganizationAsync(networkId, rule.PathId, Inclusive(rule.PopulationDate), Inclusive(rule.Deadline), cancellationToken);
        if (figures is null)
        {
            return new EvaluationOutcome(AwardResult.Refused("Il percorso della regola non esiste più."));
        }

        var newAwards = await RecordAsync(rule, figures, now, cancellationToken);
        await IssuePendingAsync(rule, now, cancellationToken);
        return new EvaluationOutcome(AwardResult.Ok, figures.Count, newAwards, rule.State == AwardRuleState.Closed);
    }

    private async Task<int> RecordAsync(AwardRule rule, IReadOnlyList<OrganizationPathCompletion> figures, DateTime now, CancellationToken cancellationToken)
    {
        var thresholds = rule.Thresholds.Select(t => new ThresholdInput(t.Level, t.Percent, t.MinimumPopulation)).ToList();
        var held = (await db.AwardGrants.Where(g => g.RuleId == rule.Id).Select(g => new { g.OrganizationId, g.ThresholdId }).ToListAsync(cancellationToken))
            .Select(g => (g.OrganizationId, g.ThresholdId)).ToHashSet();
        var added = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AwardStandings.Where(s => s.RuleId == rule.Id).ExecuteDeleteAsync(cancellationToken);
        foreach (var organization in figures)
        {
            var position = AwardLevels.Position(thresholds, organization.Population, organization.Completed);
            db.AwardStandings.Add(AwardStanding.Of(rule.Id, organization.OrganizationId, organization.OrganizationName, organization.Population,
                organization.Completed, position.Level, now));
            if (position.Level is { } level && rule.Thresholds.First(t => t.Level == level) is var threshold
                && held.Add((organization.OrganizationId, threshold.Id)))
            {
                db.AwardGrants.Add(AwardGrant.Earn(rule, threshold, organization.OrganizationId, organization.Population, organization.Completed, now));
                added++;
            }
        }

        if (now >= RomeTime.EndOfDayUtc(rule.Deadline))
        {
            rule.Close();
        }

        rule.Evaluated(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return added;
        }
        catch (DbUpdateException)
        {
            // Another node evaluated the same rule at the same moment and wrote its grants first: its evaluation stands.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private async Task IssuePendingAsync(AwardRule rule, DateTime now, CancellationToken cancellationToken)
    {
        if (issuer is null)
        {
            return;
        }

        var pending = await db.AwardGrants.Where(g => g.RuleId == rule.Id && g.IssuedAt == null).OrderBy(g => g.EarnedAt).ToListAsync(cancellationToken);
        foreach (var group in pending.GroupBy(g => g.ThresholdId))
        {
            var threshold = rule.Thresholds.FirstOrDefault(t => t.Id == group.Key);
            if (threshold is null)
            {
                continue;
            }

            var achievement = await issuer.EnsureAwardAchievementAsync(rule.NetworkId, $"award:{rule.Id:N}:{threshold.Id:N}", $"{threshold.Level} — {rule.Name}",
                Description(rule, threshold), Criteria(rule, threshold), cancellationToken);
            foreach (var grant in group)
            {
                await issuer.AwardToOrganizationAsync(rule.NetworkId, achievement, grant.OrganizationId, cancellationToken);
                grant.Issued(now);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>The contract's bounds are inclusive: the last instant of the Italian day.</summary>
    private static DateTime Inclusive(DateOnly day) => RomeTime.EndOfDayUtc(day).AddMilliseconds(-1);

    private static string Description(AwardRule rule, AwardThreshold threshold) =>
        string.Create(Italian, $"Livello {threshold.Level} del riconoscimento «{rule.Name}» agli enti le cui persone completano il percorso «{rule.PathTitle}».");

    private static string Criteria(AwardRule rule, AwardThreshold threshold) =>
        string.Create(Italian, $"Almeno il {threshold.Percent}% delle persone dell'ente iscritte al percorso «{rule.PathTitle}» entro il {rule.PopulationDate:d} lo ha completato entro il {rule.Deadline:d}, con almeno {threshold.MinimumPopulation} persone iscritte.");
}
