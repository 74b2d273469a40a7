using Bottega.Library.Domain;

namespace Bottega.Library.Features.Prizes;

/// <summary>The limits of an entry's text, checked before anything is written.</summary>
internal static class PrizeEntryRules
{
    public static (string? Error, PracticeContent? Content) Check(PrizeEntryForm form)
    {
        string? error = Required(form.Title, 300, "Scrivi il titolo del caso (al massimo 300 caratteri).")
            ?? Required(form.Summary, 1000, "Scrivi una sintesi del caso (al massimo 1000 caratteri).")
            ?? Required(form.Problem, 20000, "Descrivi il problema affrontato (al massimo 20000 caratteri).")
            ?? Required(form.Solution, 20000, "Descrivi la soluzione adottata (al massimo 20000 caratteri).")
            ?? Required(form.Results, 20000, "Descrivi i risultati, con i numeri (al massimo 20000 caratteri).")
            ?? (Practices.PracticeThemes.IsKnown(form.Theme) ? null : "Scegli il tema del caso dall'elenco.")
            ?? ((form.Costs?.Trim().Length ?? 0) > 5000 ? "I costi possono occupare al massimo 5000 caratteri." : null)
            ?? ((form.Contacts?.Trim().Length ?? 0) > 1000 ? "I contatti possono occupare al massimo 1000 caratteri." : null);
        return error is not null
            ? (error, null)
            : (null, new PracticeContent(form.Title!.Trim(), form.Summary!.Trim(), form.Problem!.Trim(), form.Solution!.Trim(), form.Results!.Trim(),
                PrizeRules.Clean(form.Costs), PrizeRules.Clean(form.Contacts), form.Theme!.Trim()));
    }

    private static string? Required(string? text, int max, string error) => string.IsNullOrWhiteSpace(text) || text.Trim().Length > max ? error : null;
}
