namespace Bottega.Identity.Domain;

public enum JobRole
{
    Employee = 1,
    Official = 2,
    Manager = 3,
    MunicipalSecretary = 4,
    ElectedAdministrator = 5,
    Rup = 6,
    Teacher = 7,
    Other = 8,
}
