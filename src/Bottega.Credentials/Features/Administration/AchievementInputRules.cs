using System.Text.RegularExpressions;

namespace Bottega.Credentials.Features.Administration;

/// <summary>Limits of what an administrator writes on an achievement (they match the columns and Open Badges' required fields).</summary>
internal static partial class AchievementInputRules
{
    public const int MaxValidityMonths = 600;

    public static string? Check(AchievementInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            return "Scrivi il nome del badge (al massimo 200 caratteri).";
        }

        if (string.IsNullOrWhiteSpace(input.Description) || input.Description.Trim().Length > 4000)
        {
            return "Scrivi la descrizione del badge (al massimo 4.000 caratteri).";
        }

        if (string.IsNullOrWhiteSpace(input.Criteria) || input.Criteria.Trim().Length > 4000)
        {
            return "Scrivi i criteri per ottenere il badge (al massimo 4.000 caratteri).";
        }

        if (!ColourPattern().IsMatch(input.Colour ?? ""))
        {
            return "Il colore deve essere nella forma #rrggbb.";
        }

        return input.ValidityMonths is < 1 or > MaxValidityMonths ? "La validità va da 1 a 600 mesi; lasciala vuota se il badge non scade." : null;
    }

    public static string Colour(AchievementInput input) => input.Colour.ToLowerInvariant();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourPattern();
}
