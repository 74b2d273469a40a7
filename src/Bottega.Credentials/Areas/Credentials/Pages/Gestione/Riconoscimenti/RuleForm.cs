using Bottega.Credentials.Awards;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Riconoscimenti;

/// <summary>The rule form: up to five threshold rows, blank rows ignored.</summary>
public sealed class RuleForm
{
    public string? Name { get; set; }

    public Guid PathId { get; set; }

    public DateOnly PopulationDate { get; set; }

    public DateOnly Deadline { get; set; }

    public List<ThresholdForm> Thresholds { get; set; } = [];

    public AwardRuleDefinition ToDefinition() => new(Name ?? "", PathId, PopulationDate, Deadline,
        Thresholds.Take(AwardRuleDefinition.MaxThresholds + 1).Where(t => !string.IsNullOrWhiteSpace(t.Level))
            .Select(t => new ThresholdInput(t.Level!, t.Percent, t.MinimumPopulation)).ToList());

    /// <summary>A new rule: gold, silver and bronze, the population counted today, the deadline at the end of the year.</summary>
    public static RuleForm New(DateOnly today) => new()
    {
        PopulationDate = today,
        Deadline = new DateOnly(today.Year, 12, 31),
        Thresholds = Padded(AwardRuleDefinition.DefaultThresholds),
    };

    public static RuleForm Of(AwardRuleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Name = view.Rule.Name,
            PathId = view.PathId,
            PopulationDate = view.Rule.PopulationDate,
            Deadline = view.Rule.Deadline,
            Thresholds = Padded(view.Rule.Thresholds),
        };
    }

    /// <summary>Always five rows, so the page shows the same form after a refusal.</summary>
    public void Pad() => Thresholds = Padded(Thresholds.Take(AwardRuleDefinition.MaxThresholds)
        .Select(t => new ThresholdInput(t.Level ?? "", t.Percent, t.MinimumPopulation)).ToList());

    private static List<ThresholdForm> Padded(IEnumerable<ThresholdInput> thresholds)
    {
        var rows = thresholds.Select(t => new ThresholdForm { Level = t.Level, Percent = t.Percent, MinimumPopulation = t.MinimumPopulation }).ToList();
        while (rows.Count < AwardRuleDefinition.MaxThresholds)
        {
            rows.Add(new ThresholdForm { MinimumPopulation = 5 });
        }

        return rows;
    }
}

public sealed class ThresholdForm
{
    public string? Level { get; set; }

    public int Percent { get; set; }

    public int MinimumPopulation { get; set; }
}
