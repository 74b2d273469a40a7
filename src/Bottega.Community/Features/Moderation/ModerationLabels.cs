using Bottega.Community.Domain;

namespace Bottega.Community.Features.Moderation;

/// <summary>Italian labels (resource keys) of the moderation enumerations.</summary>
public static class ModerationLabels
{
    public static IReadOnlyList<FlagReason> Reasons { get; } = Enum.GetValues<FlagReason>();

    public static string Of(FlagReason reason) => reason switch
    {
        FlagReason.Spam => "Spam o pubblicità",
        FlagReason.Offensive => "Offensivo o irrispettoso",
        FlagReason.OffTopic => "Fuori tema",
        FlagReason.Duplicate => "Domanda già posta",
        FlagReason.PersonalData => "Contiene dati personali",
        _ => "Altro motivo",
    };

    public static string Of(Visibility visibility) => visibility switch
    {
        Visibility.Visible => "Visibile",
        Visibility.PendingReview => "In revisione",
        Visibility.Hidden => "Nascosto",
        _ => "Eliminato dall'autore",
    };
}
