using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;

namespace Bottega.Organizations;

/// <summary>Italian labels of the module's enums; they are also the resource keys for English.</summary>
public static class Labels
{
    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Region => "Regione",
        OrganizationKind.Province => "Provincia",
        OrganizationKind.MetropolitanCity => "Città metropolitana",
        OrganizationKind.UnionOfMunicipalities => "Unione di comuni",
        OrganizationKind.Municipality => "Comune",
        OrganizationKind.InHouseCompany => "Società in house",
        _ => "Altro ente",
    };

    public static string Of(JoinPolicy policy) => policy switch
    {
        JoinPolicy.Open => "Adesione libera",
        JoinPolicy.Approval => "Adesione approvata dagli amministratori",
        _ => "Adesione tramite l'ente di appartenenza",
    };

    public static string Of(NetworkKind kind) => kind switch
    {
        NetworkKind.Association => "Associazione",
        NetworkKind.ConsortiumAcademy => "Accademia consortile",
        NetworkKind.RegionalFederation => "Federazione regionale",
        NetworkKind.Programme => "Programma",
        _ => "Rete di enti",
    };

    public static string Of(AgreementStatus status) => status switch
    {
        AgreementStatus.Proposed => "Proposta",
        AgreementStatus.Active => "Attiva",
        AgreementStatus.Suspended => "Sospesa",
        _ => "Conclusa",
    };
}
