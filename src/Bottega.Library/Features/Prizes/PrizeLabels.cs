using Bottega.Library.Domain;
using Bottega.Organizations.Contracts;

namespace Bottega.Library.Features.Prizes;

/// <summary>The Italian words for the states of calls and entries (keys of the module's resources).</summary>
public static class PrizeLabels
{
    public static string Of(PrizeCallStatus status) => status switch
    {
        PrizeCallStatus.Draft => "Bozza",
        PrizeCallStatus.Open => "Aperto",
        PrizeCallStatus.Scoring => "In valutazione",
        _ => "Classifica pubblicata",
    };

    public static string Of(PrizeEntryStatus status) => status switch
    {
        PrizeEntryStatus.Submitted => "Candidata",
        PrizeEntryStatus.Withdrawn => "Ritirata",
        _ => "Esclusa",
    };

    public static string Of(JurorEntryState state) => state switch
    {
        JurorEntryState.ToDo => "Da valutare",
        JurorEntryState.Scored => "Valutata",
        _ => "Conflitto dichiarato",
    };

    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Region => "Regioni",
        OrganizationKind.Province => "Province",
        OrganizationKind.MetropolitanCity => "Città metropolitane",
        OrganizationKind.UnionOfMunicipalities => "Unioni di comuni",
        OrganizationKind.Municipality => "Comuni",
        OrganizationKind.InHouseCompany => "Società in house",
        _ => "Altri enti",
    };

    /// <summary>A date and time in Rome, as pages show it.</summary>
    public static string When(DateTime utc) => PrizeRules.Show(utc);
}
