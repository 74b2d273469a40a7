using Bottega.Community.Contracts;
using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Spaces;

/// <summary>
/// Working-group spaces on behalf of the library: found by <see cref="SpaceKind.WorkingGroup"/> and the group's id, so
/// calling again (a retry after a failure) changes nothing. The network is a parameter: callers may run outside a request.
/// </summary>
internal sealed class WorkingGroupSpaces(CommunityDbContext db, TimeProvider time) : IWorkingGroupSpaces
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    public async Task<string> EnsureSpaceAsync(Guid networkId, Guid groupId, string name, string? description, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        for (var attempt = 0; ; attempt++)
        {
            if (await FindAsync(networkId, groupId, ct) is { } existing)
            {
                return existing.Slug;
            }

            var wanted = SpaceSlugs.From(name);
            var taken = (await db.Spaces.IgnoreQueryFilters(Tenant).AsNoTracking()
                    .Where(s => s.NetworkId == networkId && (s.Slug == wanted || s.Slug.StartsWith(wanted + "-")))
                    .Select(s => s.Slug).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var space = Space.Create(networkId, SpaceSlugs.FirstFree(wanted, taken), name.Length > 120 ? name[..120] : name,
                description is { Length: > 1000 } ? description[..1000] : description, SpaceKind.WorkingGroup, groupId,
                SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers, 0, time.GetUtcNow().UtcDateTime);
            db.Spaces.Add(space);
            try
            {
                await db.SaveChangesAsync(ct);
                return space.Slug;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another space took the slug meanwhile: the unique index refused this one; look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task SetMembersAsync(Guid networkId, Guid groupId, IReadOnlyCollection<Guid> memberIds, Guid? coordinatorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var space = await FindAsync(networkId, groupId, ct) ?? throw new InvalidOperationException("The working group has no space yet.");
        var wanted = memberIds.Append(coordinatorId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct()
            .ToDictionary(id => id, id => id == coordinatorId ? SpaceRole.Moderator : SpaceRole.Member);
        var listed = await db.SpaceMembers.IgnoreQueryFilters(Tenant).Where(m => m.SpaceId == space.Id).ToListAsync(ct);
        db.SpaceMembers.RemoveRange(listed.Where(m => !wanted.ContainsKey(m.UserId)));
        foreach (var member in listed.Where(m => wanted.TryGetValue(m.UserId, out var role) && m.Role != role))
        {
            member.ChangeRole(wanted[member.UserId]);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var present = listed.Select(m => m.UserId).ToHashSet();
        db.SpaceMembers.AddRange(wanted.Where(w => !present.Contains(w.Key)).Select(w => SpaceMember.Create(networkId, space.Id, w.Key, w.Value, now)));
        await db.SaveChangesAsync(ct);
    }

    private Task<Space?> FindAsync(Guid networkId, Guid groupId, CancellationToken ct) =>
        db.Spaces.IgnoreQueryFilters(Tenant).AsNoTracking()
            .FirstOrDefaultAsync(s => s.NetworkId == networkId && s.Kind == SpaceKind.WorkingGroup && s.SourceId == groupId, ct);
}
