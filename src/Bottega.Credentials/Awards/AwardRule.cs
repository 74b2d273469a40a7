using Bottega.Platform.Tenancy;

namespace Bottega.Credentials.Awards;

public enum AwardRuleState
{
    Draft = 1,
    Active = 2,
    Closed = 3,
}

/// <summary>
/// A network's award for its member organizations: who completes a path among the people enrolled by the population
/// date, by the deadline; each threshold is a level (gold 80%, silver 60%, bronze 40%) with a minimum population.
/// Edited only as a draft; active rules are evaluated (by the job or by hand) until the deadline closes them.
/// </summary>
internal sealed class AwardRule : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Name { get; private set; } = "";

    public Guid PathId { get; private set; }

    /// <summary>The path's title when the rule was saved, for the public pages (the path lives in Learning).</summary>
    public string PathTitle { get; private set; } = "";

    /// <summary>People enrolled by the end of this day (Italian time) make the population.</summary>
    public DateOnly PopulationDate { get; private set; }

    /// <summary>Completions by the end of this day (Italian time) count; after it the rule closes.</summary>
    public DateOnly Deadline { get; private set; }

    public AwardRuleState State { get; private set; } = AwardRuleState.Draft;

    public DateTime CreatedAt { get; private set; }

    public DateTime? LastEvaluatedAt { get; private set; }

    public List<AwardThreshold> Thresholds { get; private set; } = [];

    private AwardRule()
    {
    }

    public static AwardRule Create(Guid networkId, AwardRuleDefinition definition, DateTime now)
    {
        var rule = new AwardRule { NetworkId = networkId, CreatedAt = now };
        rule.Define(definition);
        return rule;
    }

    /// <summary>Replaces name, path, dates and thresholds (drafts only: the caller checks <see cref="State"/>).</summary>
    public void Define(AwardRuleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Name = definition.Name.Trim();
        PathId = definition.PathId;
        PathTitle = definition.PathTitle;
        PopulationDate = definition.PopulationDate;
        Deadline = definition.Deadline;
        Thresholds.Clear();
        Thresholds.AddRange(definition.Thresholds.Select(t => AwardThreshold.Create(Id, t.Level.Trim(), t.Percent, t.MinimumPopulation)));
    }

    public void Activate() => State = State == AwardRuleState.Draft ? AwardRuleState.Active : State;

    public void Close() => State = AwardRuleState.Closed;

    public void Evaluated(DateTime now) => LastEvaluatedAt = now;
}

/// <summary>One level of a rule: reached when at least <see cref="Percent"/>% of a population of at least <see cref="MinimumPopulation"/> completed.</summary>
internal sealed class AwardThreshold
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid RuleId { get; private set; }

    public string Level { get; private set; } = "";

    public int Percent { get; private set; }

    public int MinimumPopulation { get; private set; }

    private AwardThreshold()
    {
    }

    public static AwardThreshold Create(Guid ruleId, string level, int percent, int minimumPopulation) =>
        new() { RuleId = ruleId, Level = level, Percent = percent, MinimumPopulation = minimumPopulation };
}
