using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Administration;

namespace Bottega.Credentials;

/// <summary>Italian labels (resource keys) of the module's enumerations.</summary>
public static class BadgeLabels
{
    public static string Of(AchievementKind kind) => kind switch
    {
        AchievementKind.Course => "Corso",
        AchievementKind.Path => "Percorso",
        AchievementKind.Competence => "Livello di competenza",
        AchievementKind.Award => "Riconoscimento a un ente",
        AchievementKind.Community => "Comunità",
        _ => kind.ToString(),
    };

    public static string Of(CredentialSource source) => source switch
    {
        CredentialSource.Completion => "Al completamento",
        CredentialSource.Manual => "A mano",
        CredentialSource.Award => "Regola di riconoscimento",
        _ => source.ToString(),
    };

    public static string Of(ManualIssueOutcome outcome) => outcome switch
    {
        ManualIssueOutcome.Issued => "Assegnato",
        ManualIssueOutcome.AlreadyHeld => "Già posseduto",
        ManualIssueOutcome.NotMember => "Non è membro attivo della rete",
        ManualIssueOutcome.InvalidAddress => "Indirizzo non valido",
        ManualIssueOutcome.Duplicate => "Riga ripetuta",
        ManualIssueOutcome.Unavailable => "Badge non disponibile",
        _ => outcome.ToString(),
    };
}
