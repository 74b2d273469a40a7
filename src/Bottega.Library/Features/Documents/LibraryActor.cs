using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Access;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

/// <summary>A person acting on the library of the scope's network (a request, or the demo seed): who they are for visibility, and what they may change.</summary>
internal sealed record LibraryActor(Guid PersonId, Guid NetworkId, LibraryViewer Viewer, Guid? ReferentOf)
{
    public bool IsAdmin => Viewer.IsNetworkAdmin;

    /// <summary>The uploader, the training referent of the owning organization, or a network admin.</summary>
    public bool CanEdit(LibraryDocument document) =>
        document.CreatedBy == PersonId || IsAdmin || (ReferentOf is { } org && document.OwnerOrganizationId == org);
}

/// <summary>Builds a <see cref="LibraryActor"/> from the network's memberships, for code that gets the person's id as a parameter.</summary>
internal sealed class LibraryActors(LibraryDbContext db, ITenantContext tenant, IMembershipLookup memberships, INetworkPeople people)
{
    /// <summary>Null when the person is not an active member of the scope's network.</summary>
    public async Task<LibraryActor?> FindAsync(Guid personId, CancellationToken ct)
    {
        if (tenant.NetworkId is not { } networkId)
        {
            return null;
        }

        var roles = await memberships.GetActiveRolesAsync(personId, networkId, ct);
        if (roles == NetworkRole.None)
        {
            return null;
        }

        var person = await people.FindAsync(networkId, personId, ct);
        var groups = await db.WorkingGroupMembers.AsNoTracking().Where(m => m.PersonId == personId).Select(m => m.GroupId).ToListAsync(ct);
        var referentOf = await people.ReferentOfAsync(networkId, personId, ct);
        var viewer = new LibraryViewer(personId, true, roles.HasFlag(NetworkRole.NetworkAdmin), person?.OrganizationId, groups);
        return new LibraryActor(personId, networkId, viewer, referentOf);
    }

    /// <summary>What the person sees of the library (an anonymous visitor's view when null or not a member).</summary>
    public async Task<LibraryViewer> ViewerAsync(Guid? personId, CancellationToken ct) =>
        personId is { } id && await FindAsync(id, ct) is { } actor ? actor.Viewer : LibraryViewer.Anonymous with { PersonId = personId };
}
