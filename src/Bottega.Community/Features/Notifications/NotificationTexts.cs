using Bottega.Community.Domain;

namespace Bottega.Community.Features.Notifications;

/// <summary>What a notification is, in Italian: the key of the page's localized text and the e-mails' wording.</summary>
internal static class NotificationTexts
{
    public static string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.NewTopic => "Nuova discussione in ciò che segui",
        NotificationKind.Reply => "Nuova risposta in una discussione che segui",
        NotificationKind.Mention => "Ti hanno menzionato",
        NotificationKind.AnswerAccepted => "La tua risposta è stata accettata",
        NotificationKind.PrivateMessage => "Nuovo messaggio privato",
        NotificationKind.Moderation => "Un moderatore è intervenuto su un tuo contenuto",
        _ => "Nuovo badge della comunità",
    };
}
