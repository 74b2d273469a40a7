namespace Bottega.Community.Contracts;

/// <summary>
/// The private community space of a working group (kept by the module that owns the groups): created once per group,
/// readable and writable by the group's members only, its member list mirrored from the group's.
/// </summary>
public interface IWorkingGroupSpaces
{
    /// <summary>Creates the group's space unless it exists (found by the group's id); returns its slug.</summary>
    Task<string> EnsureSpaceAsync(Guid networkId, Guid groupId, string name, string? description, CancellationToken ct);

    /// <summary>Makes the space's member list exactly these people; the coordinator moderates the space.</summary>
    Task SetMembersAsync(Guid networkId, Guid groupId, IReadOnlyCollection<Guid> memberIds, Guid? coordinatorId, CancellationToken ct);
}
