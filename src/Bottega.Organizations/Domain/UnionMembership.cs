namespace Bottega.Organizations.Domain;

/// <summary>A municipality that is part of a union of municipalities.</summary>
public sealed class UnionMembership
{
    public Guid UnionId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    private UnionMembership()
    {
    }

    public static UnionMembership Create(Guid unionId, Guid municipalityId) => new() { UnionId = unionId, MunicipalityId = municipalityId };
}
