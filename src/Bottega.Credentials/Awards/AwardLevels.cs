namespace Bottega.Credentials.Awards;

/// <summary>Where an organization stands against a rule's thresholds.</summary>
public sealed record AwardPosition(string? Level, int? LevelPercent, string? NextLevel, int? NextPercent, int? NextMinimumPopulation,
    int MoreCompletionsForNext)
{
    /// <summary>Progress toward the next level, 0–100 (100 when none is left).</summary>
    public int ProgressToNext(int population, int completed)
    {
        if (NextPercent is not { } next || population == 0)
        {
            return NextPercent is null ? 100 : 0;
        }

        return Math.Clamp((int)Math.Floor(completed * 100.0 / population * 100 / next), 0, 100);
    }
}

/// <summary>The pure arithmetic of thresholds, in integers so 4 out of 5 is exactly 80%.</summary>
internal static class AwardLevels
{
    public static bool Reaches(int population, int completed, int percent, int minimumPopulation) =>
        population >= minimumPopulation && population > 0 && completed * 100L >= (long)percent * population;

    /// <summary>The highest threshold reached and the next one above it (with how many more completions it needs at this population).</summary>
    public static AwardPosition Position(IEnumerable<ThresholdInput> thresholds, int population, int completed)
    {
        var ordered = thresholds.OrderByDescending(t => t.Percent).ToList();
        var reached = ordered.FirstOrDefault(t => Reaches(population, completed, t.Percent, t.MinimumPopulation));
        var next = ordered.Where(t => reached is null || t.Percent > reached.Percent).MinBy(t => t.Percent);
        var more = next is null ? 0 : MoreNeeded(population, completed, next.Percent);
        return new AwardPosition(reached?.Level, reached?.Percent, next?.Level, next?.Percent, next?.MinimumPopulation, more);
    }

    /// <summary>The smallest k with (completed + k) * 100 ≥ percent * population.</summary>
    private static int MoreNeeded(int population, int completed, int percent)
    {
        var needed = (int)Math.Ceiling((long)percent * population / 100.0);
        return Math.Max(0, needed - completed);
    }
}
