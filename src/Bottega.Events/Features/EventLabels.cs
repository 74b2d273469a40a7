using Bottega.Events.Domain;
using Bottega.Platform.Security;

namespace Bottega.Events.Features;

/// <summary>The Italian names (resource keys) of the module's enums, and who organizes.</summary>
public static class EventLabels
{
    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Webinar => "Webinar",
        EventKind.VirtualClassroom => "Aula virtuale",
        EventKind.InPersonDay => "Giornata in presenza",
        EventKind.FocusGroup => "Focus group",
        _ => "Evento sociale",
    };

    public static string Of(EventStatus status) => status switch
    {
        EventStatus.Draft => "Bozza",
        EventStatus.Published => "Pubblicato",
        _ => "Annullato",
    };

    public static string Of(RegistrationMode mode) => mode switch
    {
        RegistrationMode.Open => "Iscrizione libera",
        RegistrationMode.Approval => "Iscrizione con approvazione",
        _ => "Iscrizione tramite il referente",
    };

    public static string Of(MeetingProvider provider) => provider switch
    {
        MeetingProvider.BigBlueButton => "BigBlueButton",
        MeetingProvider.External => "Collegamento esterno",
        _ => "In presenza",
    };

    /// <summary>Network admins and teachers organize events.</summary>
    public static bool IsOrganizer(NetworkRole role) => (role & (NetworkRole.Teacher | NetworkRole.NetworkAdmin)) != 0;
}
