using Bottega.Library.Domain;
using Bottega.Platform.Localization;

namespace Bottega.Library.Features.Prizes;

/// <summary>The limits of a call, its dates, its rubric and an entry, checked before anything is written; each refusal is a sentence for the page.</summary>
internal static class PrizeRules
{
    public const int MaxCategories = 20;
    public const int MaxCriteria = 20;
    public const int MaxJurors = 50;

    public static (string? Error, PrizeCallDetails? Details) CheckCall(PrizeCallForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Title) || form.Title.Trim().Length > 200)
        {
            return ("Scrivi il titolo del bando (al massimo 200 caratteri).", null);
        }

        string? error = (form.Description?.Length ?? 0) > 20000 ? "La descrizione può avere al massimo 20000 caratteri." : null;
        error ??= (form.EligibilityText?.Trim().Length ?? 0) > 2000 ? "I requisiti di partecipazione possono avere al massimo 2000 caratteri." : null;
        error ??= form.EligibleKinds.Any(k => !Enum.IsDefined(k)) ? "Scegli i tipi di ente ammessi dall'elenco." : null;
        error ??= form.WinnersPerCategory is < 1 or > 10 ? "I vincitori per categoria devono essere tra 1 e 10." : null;
        error ??= (form.AwardName?.Trim().Length ?? 0) > 150 ? "Il nome del riconoscimento può avere al massimo 150 caratteri." : null;
        error ??= (form.AwardDescription?.Trim().Length ?? 0) > 1000 ? "La descrizione del riconoscimento può avere al massimo 1000 caratteri." : null;
        error ??= string.IsNullOrWhiteSpace(form.AwardName) && !string.IsNullOrWhiteSpace(form.AwardDescription)
            ? "Indica il nome del riconoscimento, o lascia vuota anche la sua descrizione."
            : null;
        var (dateError, dates) = CheckDates(form.Dates);
        error ??= dateError;
        if (error is not null)
        {
            return (error, null);
        }

        return (null, new PrizeCallDetails(form.Title.Trim(), Clean(form.Description), Clean(form.EligibilityText), form.EligibleKinds.Distinct().ToList(), dates!,
            form.WinnersPerCategory, Clean(form.AwardName), Clean(form.AwardDescription)));
    }

    public static (string? Error, PrizeCallDates? Dates) CheckDates(PrizeDatesForm form)
    {
        if (form.SubmissionsOpenAt is not { } subOpen || form.SubmissionsCloseAt is not { } subClose || form.ScoringOpensAt is not { } scoOpen
            || form.ScoringClosesAt is not { } scoClose)
        {
            return ("Indica le date di apertura e chiusura delle candidature e della valutazione.", null);
        }

        var utc = new[] { subOpen, subClose, scoOpen, scoClose }.Select(ToUtc).ToArray();
        if (utc.Any(u => u is null))
        {
            return ("Un orario indicato non esiste a Roma quel giorno (passaggio all'ora legale): scegli un altro orario.", null);
        }

        var dates = new PrizeCallDates(utc[0]!.Value, utc[1]!.Value, utc[2]!.Value, utc[3]!.Value);
        if (dates.SubmissionsCloseAt <= dates.SubmissionsOpenAt)
        {
            return ("La chiusura delle candidature deve seguire la loro apertura.", null);
        }

        if (dates.ScoringClosesAt <= dates.ScoringOpensAt)
        {
            return ("La chiusura della valutazione deve seguire la sua apertura.", null);
        }

        return dates.ScoringOpensAt < dates.SubmissionsOpenAt || dates.ScoringClosesAt <= dates.SubmissionsCloseAt
            ? ("La valutazione deve terminare dopo la chiusura delle candidature.", null)
            : (null, dates);
    }

    public static string? CheckCategory(PrizeRubricForm form) =>
        string.IsNullOrWhiteSpace(form.Name) || form.Name.Trim().Length > 150 ? "Scrivi il nome della categoria (al massimo 150 caratteri)."
        : (form.Description?.Trim().Length ?? 0) > 1000 ? "La descrizione può avere al massimo 1000 caratteri."
        : null;

    public static string? CheckCriterion(PrizeRubricForm form) =>
        string.IsNullOrWhiteSpace(form.Name) || form.Name.Trim().Length > 150 ? "Scrivi il nome del criterio (al massimo 150 caratteri)."
        : (form.Description?.Trim().Length ?? 0) > 1000 ? "La descrizione può avere al massimo 1000 caratteri."
        : form.Weight is <= 0 or > 1000 || decimal.Round(form.Weight, 3) != form.Weight ? "Il peso deve essere un numero positivo fino a 1000, con al massimo tre decimali."
        : form.MaxScore is < 1 or > 100 ? "Il punteggio massimo deve essere tra 1 e 100."
        : null;

    /// <summary>A Rome wall-clock time as an instant; null when it does not exist (the spring change of daylight-saving time).</summary>
    public static DateTime? ToUtc(DateTime rome)
    {
        var local = DateTime.SpecifyKind(rome, DateTimeKind.Unspecified);
        if (RomeTime.Zone.IsInvalidTime(local))
        {
            return null;
        }

        if (RomeTime.Zone.IsAmbiguousTime(local))
        {
            return DateTime.SpecifyKind(local - RomeTime.Zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, RomeTime.Zone);
    }

    /// <summary>The Rome wall-clock time of an instant, to fill a datetime-local input.</summary>
    public static DateTime ToRome(DateTime utc) => RomeTime.Of(utc);

    public static string Show(DateTime utc) => RomeTime.Of(utc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
