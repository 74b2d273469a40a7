namespace Bottega.Organizations.Contracts;

public enum OrganizationKind
{
    Region = 1,
    Province = 2,
    MetropolitanCity = 3,
    UnionOfMunicipalities = 4,
    Municipality = 5,
    InHouseCompany = 6,
    Other = 7,
}
