using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Spaces;

/// <summary>A space of the network with what the current person may do in it.</summary>
internal sealed record SpaceWithRights(Space Space, SpaceRights Rights);

internal static class ReadableSpaces
{
    /// <summary>The network's spaces the current person may read, in their order (one query; the rights come from <see cref="SpacePermissions"/>).</summary>
    public static async Task<IReadOnlyList<SpaceWithRights>> LoadAsync(CommunityDbContext db, SpacePermissions permissions, CancellationToken ct)
    {
        var spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name).ToListAsync(ct);
        var readable = new List<SpaceWithRights>(spaces.Count);
        foreach (var space in spaces)
        {
            var rights = await permissions.ForAsync(space, ct);
            if (rights.CanRead)
            {
                readable.Add(new SpaceWithRights(space, rights));
            }
        }

        return readable;
    }
}
