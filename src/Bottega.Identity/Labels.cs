using Bottega.Identity.Domain;
using Bottega.Platform.Security;

namespace Bottega.Identity;

/// <summary>Italian labels of the module's enums; they are also the resource keys for English.</summary>
public static class Labels
{
    public static string Of(JobRole role) => role switch
    {
        JobRole.Employee => "Dipendente",
        JobRole.Official => "Funzionario",
        JobRole.Manager => "Dirigente",
        JobRole.MunicipalSecretary => "Segretario comunale",
        JobRole.ElectedAdministrator => "Amministratore eletto",
        JobRole.Rup => "RUP",
        JobRole.Teacher => "Docente",
        _ => "Altro",
    };

    public static string Of(NetworkRole role) => role switch
    {
        NetworkRole.Member => "Membro",
        NetworkRole.Teacher => "Docente",
        NetworkRole.TrainingReferent => "Referente della formazione",
        NetworkRole.Moderator => "Moderatore",
        NetworkRole.NetworkAdmin => "Amministratore della rete",
        _ => "",
    };

    /// <summary>The roles of a membership other than plain membership, each on its own.</summary>
    public static IEnumerable<NetworkRole> Split(NetworkRole roles) =>
        Enum.GetValues<NetworkRole>().Where(r => r is not NetworkRole.None and not NetworkRole.Member && roles.HasFlag(r));
}
