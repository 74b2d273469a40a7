using Bottega.Community.Domain;

namespace Bottega.Community.Features.Spaces;

/// <summary>The Italian words of the spaces' and topics' enums (resource keys; the pages translate them).</summary>
internal static class SpaceLabels
{
    public static string Of(SpaceKind kind) => kind switch
    {
        SpaceKind.WorkingGroup => "Gruppo di lavoro",
        SpaceKind.Course => "Corso",
        _ => "Tema",
    };

    /// <summary>The heading of a group of spaces of one kind on the community home.</summary>
    public static string Plural(SpaceKind kind) => kind switch
    {
        SpaceKind.WorkingGroup => "Gruppi di lavoro",
        SpaceKind.Course => "Discussioni dei corsi",
        _ => "Temi",
    };

    public static string Of(SpaceAccess access) => access switch
    {
        SpaceAccess.SpaceMembers => "Solo i membri dello spazio",
        SpaceAccess.Moderators => "Solo i moderatori",
        _ => "Tutti i membri della rete",
    };

    public static string Of(SpaceRole role) => role == SpaceRole.Moderator ? "Moderatore" : "Membro";

    public static string Of(TopicKind kind) => kind == TopicKind.Question ? "Domanda" : "Discussione";
}
