using Bottega.Credentials.Awards;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Organizations.Domain;
using Bottega.Platform.Auditing;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Credentials.Tests.Awards;

/// <summary>Arranges and reads award rules in the test database; evaluates as the job does.</summary>
internal static class AwardsData
{
    public const string Network = DemoAccounts.Federation;

    public static readonly string[] Unions = DemoNetworks.Unions.Select(u => u.Name).ToArray();

    public static Task<Guid> DemoRuleAsync(this BottegaAppFactory factory) =>
        factory.QueryAsync(db => db.Set<AwardRule>().IgnoreQueryFilters().Where(r => r.Name == DemoAwards.RuleName).Select(r => r.Id).SingleAsync());

    public static Task<Guid> DemoPathAsync(this BottegaAppFactory factory) =>
        factory.QueryAsync(db => db.Set<LearningPath>().IgnoreQueryFilters().Where(p => p.Title == DemoLearning.PathTitle).Select(p => p.Id).SingleAsync());

    /// <summary>A rule written straight to the database, active unless said otherwise.</summary>
    public static async Task<Guid> RuleAsync(this BottegaAppFactory factory, DateOnly populationDate, DateOnly deadline,
        IReadOnlyList<ThresholdInput>? thresholds = null, bool activate = true)
    {
        var network = await factory.NetworkAsync(Network);
        var path = await factory.DemoPathAsync();
        await using var db = factory.Open();
        var rule = AwardRule.Create(network.Id, new AwardRuleDefinition($"Regola di prova {Guid.NewGuid():N}", path, populationDate, deadline,
            thresholds ?? AwardRuleDefinition.DefaultThresholds)
        { PathTitle = DemoLearning.PathTitle }, TimeProvider.System.GetUtcNow().UtcDateTime);
        if (activate)
        {
            rule.Activate();
        }

        db.Add(rule);
        await db.SaveChangesAsync();
        return rule.Id;
    }

    public static async Task<EvaluationOutcome> EvaluateAsync(this BottegaAppFactory factory, Guid ruleId)
    {
        var network = await factory.NetworkAsync(Network);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AwardEvaluation>().EvaluateAsync(network.Id, ruleId, CancellationToken.None);
    }

    /// <summary>Level granted per organization name (the highest when several).</summary>
    public static Task<List<(string Organization, string Level)>> GrantsAsync(this BottegaAppFactory factory, Guid ruleId) =>
        factory.QueryAsync(async db =>
        {
            var grants = await db.Set<AwardGrant>().AsNoTracking().Where(g => g.RuleId == ruleId).ToListAsync();
            var ids = grants.Select(g => g.OrganizationId).ToList();
            var names = await db.Set<Organization>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
            return grants.Select(g => (names[g.OrganizationId], g.Level)).OrderBy(g => g.Item1, StringComparer.Ordinal).ToList();
        });

    /// <summary>The standing of the union that reached this level (the demo gives gold to its largest union).</summary>
    public static async Task<AwardStanding> UnionAtAsync(this BottegaAppFactory factory, Guid ruleId, string level) =>
        (await factory.StandingsAsync(ruleId)).Single(s => Unions.Contains(s.OrganizationName) && s.Level == level);

    public static Task<List<AwardStanding>> StandingsAsync(this BottegaAppFactory factory, Guid ruleId) =>
        factory.QueryAsync(db => db.Set<AwardStanding>().AsNoTracking().Where(s => s.RuleId == ruleId).ToListAsync());

    public static Task<int> AuditCountAsync(this BottegaAppFactory factory, string action, Guid ruleId)
    {
        var target = ruleId.ToString();
        return factory.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().CountAsync(a => a.Action == action && a.TargetId == target));
    }
}
