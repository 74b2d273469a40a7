using Bottega.Credentials.Data;
using Bottega.Learning.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Awards;

/// <summary>The award rules of the request's network: list, define (drafts only), activate and close, audited.</summary>
public sealed class AwardRules
{
    private readonly CredentialsDbContext db;
    private readonly ITenantContext tenant;
    private readonly IPathCompletionStatistics paths;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal AwardRules(CredentialsDbContext db, ITenantContext tenant, IPathCompletionStatistics paths, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.paths = paths;
        this.audit = audit;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    /// <summary>The network's rules (drafts only for its admins), newest first.</summary>
    public async Task<IReadOnlyList<AwardRuleCard>> ListAsync(bool includeDrafts, CancellationToken cancellationToken)
    {
        var rules = await db.AwardRules.AsNoTracking().Include(r => r.Thresholds)
            .Where(r => includeDrafts || r.State != AwardRuleState.Draft)
            .OrderByDescending(r => r.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return rules.Select(Card).ToList();
    }

    public async Task<AwardRuleView?> GetAsync(Guid ruleId, bool includeDrafts, CancellationToken cancellationToken)
    {
        var rule = await db.AwardRules.AsNoTracking().Include(r => r.Thresholds)
            .FirstOrDefaultAsync(r => r.Id == ruleId && (includeDrafts || r.State != AwardRuleState.Draft), cancellationToken);
        return rule is null ? null : new AwardRuleView(Card(rule), rule.PathId);
    }

    /// <summary>The paths a rule may measure (the network's published paths with required courses).</summary>
    public Task<IReadOnlyList<PathSummary>> PathOptionsAsync(CancellationToken cancellationToken) => paths.ListPathsAsync(NetworkId, cancellationToken);

    public async Task<(AwardResult Result, Guid Id)> CreateAsync(AwardRuleDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var (checkedDefinition, error) = await CheckAsync(definition, cancellationToken);
        if (checkedDefinition is null)
        {
            return (AwardResult.Refused(error!), Guid.Empty);
        }

        var rule = AwardRule.Create(NetworkId, checkedDefinition, time.GetUtcNow().UtcDateTime);
        db.AwardRules.Add(rule);
        audit.Record(db, NetworkId, "award.rule.created", "AwardRule", rule.Id, Summary(rule));
        await db.SaveChangesAsync(cancellationToken);
        return (AwardResult.Ok, rule.Id);
    }

    public async Task<AwardResult> UpdateAsync(Guid ruleId, AwardRuleDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var rule = await db.AwardRules.Include(r => r.Thresholds).FirstOrDefaultAsync(r => r.Id == ruleId, cancellationToken);
        if (rule is null)
        {
            return AwardResult.Missing;
        }

        if (rule.State != AwardRuleState.Draft)
        {
            return AwardResult.Refused("Si modificano solo le regole in bozza.");
        }

        var (checkedDefinition, error) = await CheckAsync(definition, cancellationToken);
        if (checkedDefinition is null)
        {
            return AwardResult.Refused(error!);
        }

        db.AwardThresholds.RemoveRange(rule.Thresholds);
        rule.Define(checkedDefinition);
        db.AwardThresholds.AddRange(rule.Thresholds);
        audit.Record(db, NetworkId, "award.rule.updated", "AwardRule", rule.Id, Summary(rule));
        await db.SaveChangesAsync(cancellationToken);
        return AwardResult.Ok;
    }

    public Task<AwardResult> ActivateAsync(Guid ruleId, CancellationToken cancellationToken) =>
        ChangeStateAsync(ruleId, AwardRuleState.Draft, r => r.Activate(), "award.rule.activated", "Si attivano solo le regole in bozza.", cancellationToken);

    public Task<AwardResult> CloseAsync(Guid ruleId, CancellationToken cancellationToken) =>
        ChangeStateAsync(ruleId, AwardRuleState.Active, r => r.Close(), "award.rule.closed", "Si chiudono solo le regole attive.", cancellationToken);

    private async Task<AwardResult> ChangeStateAsync(Guid ruleId, AwardRuleState from, Action<AwardRule> change, string action, string refusal,
        CancellationToken cancellationToken)
    {
        var rule = await db.AwardRules.FirstOrDefaultAsync(r => r.Id == ruleId, cancellationToken);
        if (rule is null)
        {
            return AwardResult.Missing;
        }

        if (rule.State != from)
        {
            return AwardResult.Refused(refusal);
        }

        change(rule);
        audit.Record(db, NetworkId, action, "AwardRule", rule.Id, rule.Name);
        await db.SaveChangesAsync(cancellationToken);
        return AwardResult.Ok;
    }

    private async Task<(AwardRuleDefinition? Definition, string? Error)> CheckAsync(AwardRuleDefinition definition, CancellationToken cancellationToken)
    {
        if (definition.Problem() is { } problem)
        {
            return (null, problem);
        }

        var path = (await paths.ListPathsAsync(NetworkId, cancellationToken)).FirstOrDefault(p => p.Id == definition.PathId);
        return path is null ? (null, "Scegli un percorso pubblicato della rete.") : (definition with { PathTitle = path.Title }, null);
    }

    private static string Summary(AwardRule rule) =>
        $"{rule.Name}: {string.Join(", ", rule.Thresholds.OrderByDescending(t => t.Percent).Select(t => $"{t.Level} {t.Percent}% (min {t.MinimumPopulation})"))}";

    internal static AwardRuleCard Card(AwardRule rule) => new(rule.Id, rule.Name, rule.PathTitle, rule.PopulationDate, rule.Deadline, rule.State,
        rule.LastEvaluatedAt, rule.Thresholds.OrderByDescending(t => t.Percent).Select(t => new ThresholdInput(t.Level, t.Percent, t.MinimumPopulation)).ToList());
}
