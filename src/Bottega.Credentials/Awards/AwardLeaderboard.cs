using Bottega.Credentials.Data;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Awards;

public sealed record AwardGrantView(string OrganizationName, string Level, int Population, int Completed, DateTime EarnedAt, DateTime? IssuedAt);

/// <summary>The public leaderboard of a rule of the request's network, from its last evaluation, and the awards granted.</summary>
public sealed class AwardLeaderboard
{
    public const int PageSize = 20;

    private readonly CredentialsDbContext db;

    internal AwardLeaderboard(CredentialsDbContext db) => this.db = db;

    /// <summary>Organizations by completion rate; drafts only when asked (admins); null when the rule is not found.</summary>
    public async Task<Leaderboard?> GetAsync(Guid ruleId, int page, bool includeDrafts, CancellationToken cancellationToken)
    {
        var rule = await db.AwardRules.AsNoTracking().Include(r => r.Thresholds)
            .FirstOrDefaultAsync(r => r.Id == ruleId && (includeDrafts || r.State != AwardRuleState.Draft), cancellationToken);
        if (rule is null)
        {
            return null;
        }

        var card = AwardRules.Card(rule);
        var standings = db.AwardStandings.AsNoTracking().Where(s => s.RuleId == ruleId);
        var total = await standings.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await standings.OrderByDescending(s => s.Rate).ThenByDescending(s => s.Completed).ThenBy(s => s.OrganizationName)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new { s.OrganizationName, s.Population, s.Completed, s.Rate, s.Level, s.EvaluatedAt })
            .ToListAsync(cancellationToken);
        var lines = rows.Select((s, i) => new LeaderboardRow((page - 1) * PageSize + i + 1, s.OrganizationName, s.Population, s.Completed, s.Rate, s.Level,
            AwardLevels.Position(card.Thresholds, s.Population, s.Completed))).ToList();
        return new Leaderboard(card, lines, page, pages, total, rows.FirstOrDefault()?.EvaluatedAt ?? rule.LastEvaluatedAt);
    }

    /// <summary>The awards of a rule, newest first (at most one per organization and level).</summary>
    public async Task<IReadOnlyList<AwardGrantView>> GrantsAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        if (!await db.AwardRules.AnyAsync(r => r.Id == ruleId, cancellationToken))
        {
            return [];
        }

        var grants = await db.AwardGrants.AsNoTracking().Where(g => g.RuleId == ruleId)
            .OrderByDescending(g => g.EarnedAt).Take(1000).ToListAsync(cancellationToken);
        var names = await db.AwardStandings.AsNoTracking().Where(s => s.RuleId == ruleId)
            .Select(s => new { s.OrganizationId, s.OrganizationName }).ToDictionaryAsync(s => s.OrganizationId, s => s.OrganizationName, cancellationToken);
        return grants.Select(g => new AwardGrantView(names.GetValueOrDefault(g.OrganizationId, ""), g.Level, g.Population, g.Completed, g.EarnedAt, g.IssuedAt))
            .OrderByDescending(g => g.EarnedAt).ThenBy(g => g.OrganizationName, StringComparer.CurrentCulture).ToList();
    }
}
