namespace Bottega.Platform.Security;

/// <summary>
/// What to look for among the active members of a network; every filter is optional. <see cref="AmongUserIds"/>, when
/// set, keeps only those people (a module's own criterion, computed from its tables: "answered questions about X").
/// </summary>
public sealed record PeopleQuery(
    string? Name = null,
    Guid? RegionId = null,
    Guid? ProvinceId = null,
    Guid? OrganizationId = null,
    string? JobRole = null,
    string? Competence = null,
    IReadOnlyCollection<Guid>? AmongUserIds = null,
    int Page = 1,
    int PageSize = 25);

/// <summary>A person in a directory list. <see cref="JobRole"/> is the key of <see cref="JobRoleOption"/>, <see cref="JobRoleLabel"/> its Italian label.</summary>
public sealed record DirectoryPerson(Guid UserId, string Name, string JobRole, string JobRoleLabel, string? OrganizationName, string? ProvinceName);

public sealed record PeoplePage(IReadOnlyList<DirectoryPerson> People, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A member's public profile inside a network: no e-mail address.</summary>
public sealed record DirectoryProfile(Guid UserId, string Name, string JobRole, string JobRoleLabel, string? OrganizationName, string? ProvinceName,
    string? RegionName, IReadOnlyList<string> Competences);

/// <summary>A job role a person can declare: the filter's value and its Italian label (also the resource key).</summary>
public sealed record JobRoleOption(string Key, string Label);

/// <summary>
/// Finds colleagues among the active members of a network, for modules with a directory of their own (the community's
/// "Persone"). Implemented by the module that owns people and profiles; the network is always an explicit argument.
/// </summary>
public interface IPeopleDirectory
{
    IReadOnlyList<JobRoleOption> JobRoles { get; }

    /// <summary>Active members matching every given filter, by family then given name, one page.</summary>
    Task<PeoplePage> SearchAsync(Guid networkId, PeopleQuery query, CancellationToken cancellationToken);

    /// <summary>The profile of an active member of the network; null for anyone else.</summary>
    Task<DirectoryProfile?> FindMemberAsync(Guid networkId, Guid userId, CancellationToken cancellationToken);
}
