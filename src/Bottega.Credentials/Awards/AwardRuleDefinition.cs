namespace Bottega.Credentials.Awards;

/// <summary>A threshold as the admin writes it.</summary>
public sealed record ThresholdInput(string Level, int Percent, int MinimumPopulation);

/// <summary>What an admin defines (the path's title is filled in by <see cref="AwardRules"/> from Learning).</summary>
public sealed record AwardRuleDefinition(string Name, Guid PathId, DateOnly PopulationDate, DateOnly Deadline, IReadOnlyList<ThresholdInput> Thresholds)
{
    public string PathTitle { get; init; } = "";

    public const int MaxThresholds = 5;

    /// <summary>Gold, silver and bronze at 80, 60 and 40 percent of at least five people.</summary>
    public static IReadOnlyList<ThresholdInput> DefaultThresholds { get; } =
        [new("Oro", 80, 5), new("Argento", 60, 5), new("Bronzo", 40, 5)];

    /// <summary>The first problem, as a sentence to show (a key of the module's strings), or null.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            return "Il nome è obbligatorio (al massimo 200 caratteri).";
        }

        if (PathId == Guid.Empty)
        {
            return "Scegli il percorso della regola.";
        }

        if (Deadline < PopulationDate)
        {
            return "La scadenza non può precedere la data della popolazione.";
        }

        if (Thresholds.Count is 0 or > MaxThresholds)
        {
            return "Indica da una a cinque soglie.";
        }

        if (Thresholds.Any(t => string.IsNullOrWhiteSpace(t.Level) || t.Level.Trim().Length > 60))
        {
            return "Ogni soglia ha un nome di livello (al massimo 60 caratteri).";
        }

        if (Thresholds.Any(t => t.Percent is < 1 or > 100))
        {
            return "La percentuale di una soglia è tra 1 e 100.";
        }

        if (Thresholds.Any(t => t.MinimumPopulation is < 1 or > 1_000_000))
        {
            return "La popolazione minima di una soglia è almeno 1.";
        }

        if (Thresholds.Select(t => t.Percent).Distinct().Count() != Thresholds.Count
            || Thresholds.Select(t => t.Level.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Thresholds.Count)
        {
            return "Le soglie hanno livelli e percentuali diversi tra loro.";
        }

        return null;
    }
}
