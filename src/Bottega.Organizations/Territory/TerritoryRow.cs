using Bottega.Organizations.Contracts;

namespace Bottega.Organizations.Territory;

internal sealed record TerritoryRow(
    int Line, string RegionCode, string RegionName, string ProvinceCode, string ProvinceName, OrganizationKind ProvinceKind,
    string Abbreviation, string MunicipalityCode, string MunicipalityName);
