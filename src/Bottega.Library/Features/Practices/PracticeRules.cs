using Bottega.Library.Domain;

namespace Bottega.Library.Features.Practices;

/// <summary>The checks on a case's content: lengths always, a known theme when one is given, and every required part before it is submitted.</summary>
internal static class PracticeRules
{
    public static string? Check(PracticeContent content, IReadOnlyList<string> tags, bool forSubmission)
    {
        if (content.Title.Length == 0)
        {
            return "Il titolo è obbligatorio.";
        }

        var tooLong = content.Title.Length > 300 || content.Summary.Length > 1000 || content.Problem.Length > 20000 || content.Solution.Length > 20000
            || content.Results.Length > 20000 || content.Costs?.Length > 5000 || content.Contacts?.Length > 1000;
        if (tooLong)
        {
            return "Un campo supera la lunghezza massima: titolo 300 caratteri, sintesi 1000, contatti 1000, costi 5000, gli altri 20000.";
        }

        if (content.Theme.Length > 0 && !PracticeThemes.IsKnown(content.Theme))
        {
            return "Il tema scelto non esiste: scegline uno dall'elenco.";
        }

        if (tags.Count > PracticeTags.MaxTags)
        {
            return "Al massimo 10 etichette.";
        }

        if (tags.Any(t => t.Length > PracticeTags.MaxLength))
        {
            return "Un'etichetta può avere al massimo 50 caratteri.";
        }

        return forSubmission ? CheckComplete(content) : null;
    }

    public static string? CheckComplete(PracticeContent content)
    {
        if (content.Summary.Length == 0 || content.Problem.Length == 0 || content.Solution.Length == 0 || content.Results.Length == 0)
        {
            return "Per inviare la buona pratica alla revisione compila sintesi, problema, soluzione e risultati.";
        }

        return PracticeThemes.IsKnown(content.Theme) ? null : "Per inviare la buona pratica alla revisione scegli un tema.";
    }
}
