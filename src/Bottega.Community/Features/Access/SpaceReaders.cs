using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Access;

/// <summary>
/// Whether someone other than the current person may read a space (a person being mentioned), by the same rules as
/// <see cref="SpacePermissions"/>: an active member of the network, listed in the space when it is private.
/// </summary>
internal sealed class SpaceReaders(CommunityDbContext db, IMembershipLookup memberships)
{
    public async Task<bool> CanReadAsync(Space space, Guid userId, CancellationToken ct)
    {
        var roles = await memberships.GetActiveRolesAsync(userId, space.NetworkId, ct);
        if (roles == NetworkRole.None)
        {
            return false;
        }

        if ((roles & (NetworkRole.Moderator | NetworkRole.NetworkAdmin)) != 0 || space.ReadAccess == SpaceAccess.NetworkMembers)
        {
            return true;
        }

        var listed = await db.SpaceMembers.AsNoTracking().Where(m => m.SpaceId == space.Id && m.UserId == userId)
            .Select(m => (SpaceRole?)m.Role).FirstOrDefaultAsync(ct);
        return listed == SpaceRole.Moderator || SpacePermissions.Admits(space.ReadAccess, listed);
    }
}
