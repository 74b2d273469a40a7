using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Access;

/// <summary>What the current person may do in one space.</summary>
public sealed record SpaceRights(bool CanRead, bool CanPost, bool CanModerate)
{
    public static readonly SpaceRights None = new(false, false, false);
}

/// <summary>
/// The one place that decides who reads, posts and moderates in a space of the request's network. Network moderators
/// and admins moderate every space; a space moderator only theirs; private spaces admit only their listed members.
/// </summary>
public sealed class SpacePermissions
{
    private readonly CommunityDbContext db;
    private readonly ICurrentUser user;
    private readonly ICurrentNetworkRoles roles;
    private Dictionary<Guid, SpaceRole>? listed;

    internal SpacePermissions(CommunityDbContext db, ICurrentUser user, ICurrentNetworkRoles roles)
    {
        this.db = db;
        this.user = user;
        this.roles = roles;
    }

    /// <summary>True for the network's moderators and admins.</summary>
    public async Task<bool> IsNetworkModeratorAsync(CancellationToken ct) =>
        ((await roles.GetAsync(ct)) & (NetworkRole.Moderator | NetworkRole.NetworkAdmin)) != 0;

    public async Task<SpaceRights> ForAsync(Space space, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(space);
        var networkRoles = await roles.GetAsync(ct);
        if (networkRoles == NetworkRole.None || user.Id is null)
        {
            return SpaceRights.None;
        }

        var spaceRoles = await ListedAsync(ct);
        return Rights(space, networkRoles, spaceRoles.TryGetValue(space.Id, out var role) ? role : null);
    }

    /// <summary>
    /// The rule itself, for a person with these network roles (None: not an active member) and this listing in the
    /// space (null: not listed). Code without a current user (notification fan-out) applies it to people in bulk.
    /// </summary>
    internal static SpaceRights Rights(Space space, NetworkRole networkRoles, SpaceRole? role)
    {
        if (networkRoles == NetworkRole.None)
        {
            return SpaceRights.None;
        }

        var networkModerator = (networkRoles & (NetworkRole.Moderator | NetworkRole.NetworkAdmin)) != 0;
        var moderator = networkModerator || role == SpaceRole.Moderator;
        var canRead = moderator || Admits(space.ReadAccess, role);
        var canPost = canRead && !space.IsArchived && (moderator || Admits(space.PostAccess, role));
        return new SpaceRights(canRead, canPost, moderator);
    }

    /// <summary>Ids of the spaces of the network the current person may read (for lists and search).</summary>
    public async Task<IReadOnlyList<Guid>> ReadableSpaceIdsAsync(CancellationToken ct)
    {
        var spaces = await db.Spaces.AsNoTracking().ToListAsync(ct);
        var readable = new List<Guid>(spaces.Count);
        foreach (var space in spaces)
        {
            if ((await ForAsync(space, ct)).CanRead)
            {
                readable.Add(space.Id);
            }
        }

        return readable;
    }

    /// <summary>Ids of the spaces of the network the current person moderates: every space for network moderators, their own for space moderators.</summary>
    public async Task<IReadOnlyList<Guid>> ModeratedSpaceIdsAsync(CancellationToken ct)
    {
        if (user.Id is null || await roles.GetAsync(ct) == NetworkRole.None)
        {
            return [];
        }

        if (await IsNetworkModeratorAsync(ct))
        {
            return await db.Spaces.AsNoTracking().Select(s => s.Id).ToListAsync(ct);
        }

        return [.. (await ListedAsync(ct)).Where(r => r.Value == SpaceRole.Moderator).Select(r => r.Key)];
    }

    internal static bool Admits(SpaceAccess access, SpaceRole? role) => access switch
    {
        SpaceAccess.NetworkMembers => true,
        SpaceAccess.SpaceMembers => role is not null,
        _ => role == SpaceRole.Moderator,
    };

    private async Task<Dictionary<Guid, SpaceRole>> ListedAsync(CancellationToken ct)
    {
        if (listed is null)
        {
            var userId = user.Id;
            listed = userId is null
                ? []
                : await db.SpaceMembers.AsNoTracking().Where(m => m.UserId == userId).ToDictionaryAsync(m => m.SpaceId, m => m.Role, ct);
        }

        return listed;
    }
}
