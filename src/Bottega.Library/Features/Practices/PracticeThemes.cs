namespace Bottega.Library.Features.Practices;

/// <summary>A theme good practices are browsed by: a stable key (in URLs and in the database) and its Italian label.</summary>
public sealed record PracticeTheme(string Key, string Label);

/// <summary>The fixed list of themes of good practices; labels are keys of the module's resources.</summary>
public static class PracticeThemes
{
    public static readonly IReadOnlyList<PracticeTheme> All =
    [
        new("appalti-e-contratti", "Appalti e contratti"),
        new("transizione-digitale", "Transizione digitale"),
        new("fondi-europei-e-pnrr", "Fondi europei e PNRR"),
        new("organizzazione-e-personale", "Organizzazione e personale"),
        new("servizi-ai-cittadini", "Servizi ai cittadini"),
        new("ambiente-ed-energia", "Ambiente ed energia"),
        new("bilancio-e-tributi", "Bilancio e tributi"),
        new("welfare-e-sociale", "Welfare e sociale"),
        new("semplificazione", "Semplificazione"),
        new("formazione", "Formazione"),
    ];

    public static bool IsKnown(string? key) => key is not null && All.Any(t => t.Key == key);

    /// <summary>The Italian label of a theme, or the key itself for an unknown one.</summary>
    public static string LabelOf(string? key) => All.FirstOrDefault(t => t.Key == key)?.Label ?? key ?? "";
}
