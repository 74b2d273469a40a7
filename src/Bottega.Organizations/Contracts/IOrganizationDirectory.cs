namespace Bottega.Organizations.Contracts;

/// <summary>What other modules may read about organizations and territory.</summary>
public interface IOrganizationDirectory
{
    Task<IReadOnlyDictionary<Guid, OrganizationInfo>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    Task<OrganizationInfo?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<OrganizationInfo?> FindByIstatCodeAsync(string istatCode, CancellationToken cancellationToken);

    Task<OrganizationInfo?> FindByIpaCodeAsync(string ipaCode, CancellationToken cancellationToken);

    /// <summary>Regions, or the provinces and metropolitan cities of a region (all when null), by name.</summary>
    Task<IReadOnlyList<OrganizationInfo>> ListAsync(OrganizationKind kind, Guid? regionId, CancellationToken cancellationToken);

    /// <summary>The municipalities of each of these unions of municipalities (a union with none is absent).</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetUnionMunicipalitiesAsync(IEnumerable<Guid> unionIds, CancellationToken cancellationToken);
}
