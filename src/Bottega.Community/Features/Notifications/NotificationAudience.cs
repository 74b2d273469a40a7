using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Data;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Notifications;

/// <summary>
/// Who of a list of people may still be told about something: active members of the network and, for a space, those
/// the space's rules (<see cref="SpacePermissions.Rights"/>) let read it. No current user here: it runs in outbox
/// handlers, so the network is an explicit argument and the tenant filter is bypassed on purpose.
/// </summary>
internal sealed class NotificationAudience(CommunityDbContext db, INetworkPeople people)
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    /// <summary>The active members among the ids, by id.</summary>
    public async Task<Dictionary<Guid, ActiveMember>> MembersAsync(Guid networkId, IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        userIds.Count == 0 ? [] : (await people.ActiveMembersAsync(networkId, userIds, ct)).ToDictionary(m => m.UserId);

    /// <summary>The active members among the ids who may read the space, by id; nobody if the space is gone.</summary>
    public async Task<Dictionary<Guid, ActiveMember>> ReadersAsync(Guid networkId, Guid spaceId, IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var space = await db.Spaces.IgnoreQueryFilters(Tenant).AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId && s.NetworkId == networkId, ct);
        if (space is null || userIds.Count == 0)
        {
            return [];
        }

        var members = await MembersAsync(networkId, userIds, ct);
        var listed = new Dictionary<Guid, SpaceRole>();
        foreach (var batch in members.Keys.Chunk(1000))
        {
            var rows = await db.SpaceMembers.IgnoreQueryFilters(Tenant).AsNoTracking()
                .Where(m => m.SpaceId == spaceId && batch.Contains(m.UserId)).Select(m => new { m.UserId, m.Role }).ToListAsync(ct);
            foreach (var row in rows)
            {
                listed[row.UserId] = row.Role;
            }
        }

        return members.Values
            .Where(m => SpacePermissions.Rights(space, m.Roles, listed.TryGetValue(m.UserId, out var role) ? role : null).CanRead)
            .ToDictionary(m => m.UserId);
    }
}
