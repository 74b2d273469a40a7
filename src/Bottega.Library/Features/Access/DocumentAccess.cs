using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Access;

/// <summary>
/// Builds the current request's <see cref="LibraryViewer"/> (once per request) and filters document queries by it, so
/// every list, search and download applies the same visibility rule as <see cref="LibraryViewer.CanSee"/>.
/// </summary>
public sealed class DocumentAccess
{
    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly ICurrentUser user;
    private readonly ICurrentNetworkRoles roles;
    private readonly INetworkPeople people;
    private LibraryViewer? viewer;

    internal DocumentAccess(LibraryDbContext db, ITenantContext tenant, ICurrentUser user, ICurrentNetworkRoles roles, INetworkPeople people)
    {
        this.db = db;
        this.tenant = tenant;
        this.user = user;
        this.roles = roles;
        this.people = people;
    }

    public async Task<LibraryViewer> ViewerAsync(CancellationToken ct)
    {
        if (viewer is not null)
        {
            return viewer;
        }

        if (user.Id is not { } me || tenant.NetworkId is not { } networkId)
        {
            return viewer = LibraryViewer.Anonymous;
        }

        var held = await roles.GetAsync(ct);
        if (held == NetworkRole.None)
        {
            return viewer = LibraryViewer.Anonymous with { PersonId = me };
        }

        var person = await people.FindAsync(networkId, me, ct);
        var groups = await db.WorkingGroupMembers.AsNoTracking().Where(m => m.PersonId == me).Select(m => m.GroupId).ToListAsync(ct);
        return viewer = new LibraryViewer(me, true, held.HasFlag(NetworkRole.NetworkAdmin), person?.OrganizationId, groups);
    }

    /// <summary>The documents of the request's network the viewer may see (archived ones included; callers filter those).</summary>
    public async Task<IQueryable<LibraryDocument>> VisibleDocumentsAsync(CancellationToken ct) => VisibleTo(db.Documents, await ViewerAsync(ct));

    /// <summary>The same rule as <see cref="LibraryViewer.CanSee"/>, as a query filter.</summary>
    internal static IQueryable<LibraryDocument> VisibleTo(IQueryable<LibraryDocument> documents, LibraryViewer viewer)
    {
        if (viewer.IsNetworkAdmin)
        {
            return documents;
        }

        var me = viewer.PersonId ?? Guid.Empty;
        if (!viewer.IsMember)
        {
            return documents.Where(d => d.Visibility == DocumentVisibility.Public || d.CreatedBy == me);
        }

        var org = viewer.OrganizationId ?? Guid.Empty;
        var groups = viewer.GroupIds.ToList();
        return documents.Where(d =>
            d.Visibility == DocumentVisibility.Public
            || d.Visibility == DocumentVisibility.Network
            || d.CreatedBy == me
            || (d.Visibility == DocumentVisibility.Organization && d.OwnerOrganizationId == org)
            || (d.Visibility == DocumentVisibility.WorkingGroup && d.WorkingGroupId != null && groups.Contains(d.WorkingGroupId.Value)));
    }
}
