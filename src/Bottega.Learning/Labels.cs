using Bottega.Learning.Domain;

namespace Bottega.Learning;

/// <summary>Italian labels (resource keys) of the module's enumerations.</summary>
public static class Labels
{
    public static string Of(CourseFormat format) => format switch
    {
        CourseFormat.SelfPaced => "In autoapprendimento",
        CourseFormat.Blended => "Misto",
        CourseFormat.Live => "Dal vivo",
        _ => format.ToString(),
    };

    public static string Of(CourseStatus status) => status switch
    {
        CourseStatus.Draft => "Bozza",
        CourseStatus.Published => "Pubblicato",
        CourseStatus.Archived => "Archiviato",
        _ => status.ToString(),
    };

    public static string Of(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.PendingApproval => "In attesa di approvazione",
        EnrolmentStatus.Active => "In corso",
        EnrolmentStatus.Completed => "Completato",
        EnrolmentStatus.Withdrawn => "Ritirato",
        EnrolmentStatus.Rejected => "Respinto",
        _ => status.ToString(),
    };

    public static string Of(LearningObjectKind kind) => kind switch
    {
        LearningObjectKind.Page => "Pagina",
        LearningObjectKind.Video => "Video",
        LearningObjectKind.Document => "Documento",
        LearningObjectKind.Quiz => "Quiz",
        LearningObjectKind.ExternalLink => "Collegamento esterno",
        LearningObjectKind.LiveSession => "Sessione dal vivo",
        _ => kind.ToString(),
    };

    public static string Of(EnrolmentSource source) => source switch
    {
        EnrolmentSource.Self => "Iscrizione personale",
        EnrolmentSource.Referent => "Assegnato dal referente",
        EnrolmentSource.NetworkAdmin => "Assegnato dalla rete",
        _ => source.ToString(),
    };

    public static string Of(HoursSource source) => source switch
    {
        HoursSource.Course => "Corso",
        HoursSource.LiveSession => "Sessione dal vivo",
        HoursSource.External => "Formazione esterna",
        _ => source.ToString(),
    };

    public static string Of(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Pending => "Da valutare",
        DeclarationStatus.Approved => "Approvata",
        DeclarationStatus.Rejected => "Respinta",
        _ => status.ToString(),
    };

    public static string Of(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "Scelta singola",
        QuestionKind.MultipleChoice => "Scelta multipla",
        QuestionKind.TrueFalse => "Vero o falso",
        QuestionKind.ShortAnswer => "Risposta breve",
        _ => kind.ToString(),
    };

    public static string Of(AssessmentKind kind) => kind switch
    {
        AssessmentKind.Initial => "Test iniziale",
        AssessmentKind.Final => "Test finale",
        _ => kind.ToString(),
    };

    public static string Level(int level) => level switch
    {
        1 => "Base",
        2 => "Intermedio",
        3 => "Avanzato",
        _ => "—",
    };

    public static string Language(string code) => code switch
    {
        "it" => "Italiano",
        "en" => "Inglese",
        "de" => "Tedesco",
        "fr" => "Francese",
        "sl" => "Sloveno",
        _ => code,
    };

    public static string Hours(decimal hours) => hours.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);
}
