namespace Bottega.Credentials.Awards;

public sealed record AwardRuleCard(Guid Id, string Name, string PathTitle, DateOnly PopulationDate, DateOnly Deadline, AwardRuleState State,
    DateTime? LastEvaluatedAt, IReadOnlyList<ThresholdInput> Thresholds);

public sealed record AwardRuleView(AwardRuleCard Rule, Guid PathId);

/// <summary>A line of the leaderboard: an organization, its figures, its level and how far the next one is. No personal data.</summary>
public sealed record LeaderboardRow(int Rank, string OrganizationName, int Population, int Completed, double Rate, string? Level, AwardPosition Position)
{
    public int RatePercent => (int)Math.Floor(Rate * 100);

    public int ProgressToNext => Position.ProgressToNext(Population, Completed);
}

public sealed record Leaderboard(AwardRuleCard Rule, IReadOnlyList<LeaderboardRow> Rows, int Page, int Pages, int Total, DateTime? EvaluatedAt);

public sealed record EvaluationOutcome(AwardResult Result, int Organizations = 0, int NewAwards = 0, bool Closed = false);
