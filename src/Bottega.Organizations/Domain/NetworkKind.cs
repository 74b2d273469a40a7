namespace Bottega.Organizations.Domain;

public enum NetworkKind
{
    Association = 1,
    ConsortiumAcademy = 2,
    RegionalFederation = 3,
    Programme = 4,
    NetworkOfBodies = 5,
}
