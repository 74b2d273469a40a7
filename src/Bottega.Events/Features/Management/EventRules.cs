using Bottega.Events.Domain;
using Bottega.Events.Features.Scheduling;

namespace Bottega.Events.Features.Management;

/// <summary>The limits of an event and of a session, checked before anything is written; each refusal is a sentence for the page.</summary>
internal static class EventRules
{
    public const int MaxRepeatWeeks = 12;

    public static string? CheckEvent(EventForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Title) || form.Title.Trim().Length > 200)
        {
            return "Scrivi il titolo dell'evento (al massimo 200 caratteri).";
        }

        if ((form.Description?.Length ?? 0) > 20000)
        {
            return "La descrizione può avere al massimo 20000 caratteri.";
        }

        if (!Enum.IsDefined(form.Kind) || !Enum.IsDefined(form.RegistrationMode))
        {
            return "Scegli il tipo di evento e il modo di iscrizione.";
        }

        if (form.Capacity is < 1)
        {
            return "I posti devono essere almeno 1 (lascia vuoto per non porre limiti).";
        }

        if (form.AttendanceThresholdPercent is < 10 or > 100)
        {
            return "La soglia di presenza deve essere tra 10 e 100 per cento.";
        }

        if ((form.EngagementDetailPurpose?.Length ?? 0) > 1000)
        {
            return "Lo scopo documentato può avere al massimo 1000 caratteri.";
        }

        if (form.RegistrationClosesOn is null && form.RegistrationClosesAt is not null)
        {
            return "Indica il giorno di chiusura delle iscrizioni.";
        }

        return null;
    }

    /// <summary>The instant registration closes, or the refusal of a time that does not exist in Rome.</summary>
    public static SessionTime? RegistrationCloses(EventForm form) =>
        form.RegistrationClosesOn is { } day ? SessionTimes.ToUtc(day, form.RegistrationClosesAt ?? TimeOnly.MinValue) : null;

    public static string? CheckSession(SessionForm form, bool bigBlueButtonConfigured)
    {
        if (form.Day is null || form.Time is null)
        {
            return "Indica il giorno e l'ora della sessione.";
        }

        if ((form.Title?.Trim().Length ?? 0) > 200)
        {
            return "Il titolo della sessione può avere al massimo 200 caratteri.";
        }

        if (form.DurationMinutes is < 15 or > 600)
        {
            return "La durata deve essere tra 15 e 600 minuti.";
        }

        if (form.Hours is < 0 or > 40 || decimal.Round(form.Hours, 2) != form.Hours)
        {
            return "Le ore di formazione devono essere tra 0 e 40, con al massimo due decimali.";
        }

        if ((form.Speakers?.Length ?? 0) > 2000)
        {
            return "I relatori possono occupare al massimo 2000 caratteri.";
        }

        if (form.RepeatWeeks is < 0 or > MaxRepeatWeeks)
        {
            return "Si può ripetere la sessione per al massimo 12 settimane.";
        }

        return CheckPlace(form, bigBlueButtonConfigured);
    }

    private static string? CheckPlace(SessionForm form, bool bigBlueButtonConfigured)
    {
        if (!Enum.IsDefined(form.Provider))
        {
            return "Scegli dove si svolge la sessione.";
        }

        if (!form.Online)
        {
            return string.IsNullOrWhiteSpace(form.Place) || form.Place.Trim().Length > 500
                ? "Per una sessione in presenza indica il luogo (al massimo 500 caratteri)."
                : null;
        }

        return form.Provider switch
        {
            MeetingProvider.None => "Per una sessione online scegli il servizio della riunione.",
            MeetingProvider.BigBlueButton when !bigBlueButtonConfigured =>
                "BigBlueButton non è configurato su questa installazione: scegli un collegamento esterno.",
            MeetingProvider.External when !IsWebAddress(form.MeetingUrl) =>
                "Per una riunione esterna indica il suo indirizzo completo (http o https, al massimo 1000 caratteri).",
            _ => null,
        };
    }

    private static bool IsWebAddress(string? url) =>
        url is { Length: <= 1000 } && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
