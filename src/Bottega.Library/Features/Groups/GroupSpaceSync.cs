using Bottega.Community.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Groups;

/// <summary>
/// Mirrors a group to its community space. The space lives in the community's tables (another context, another
/// connection), so it is written after the group's own save; the calls are idempotent and every membership change
/// repeats them, so a failed mirror is repaired by the next change.
/// </summary>
internal sealed class GroupSpaceSync(LibraryDbContext db, IWorkingGroupSpaces spaces)
{
    public async Task MirrorAsync(WorkingGroup group, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.SpaceSlug is null)
        {
            var slug = await spaces.EnsureSpaceAsync(group.NetworkId, group.Id, group.Name, group.Purpose, ct);
            await db.WorkingGroups.IgnoreQueryFilters(["tenant"]).Where(g => g.Id == group.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.SpaceSlug, slug), ct);
            group.AttachSpace(slug);
        }

        var members = await db.WorkingGroupMembers.IgnoreQueryFilters(["tenant"]).AsNoTracking().Where(m => m.GroupId == group.Id)
            .Select(m => m.PersonId).ToListAsync(ct);
        await spaces.SetMembersAsync(group.NetworkId, group.Id, members, group.CoordinatorId, ct);
    }
}
