using Bottega.Library.Domain;

namespace Bottega.Library.Features.Access;

/// <summary>
/// Who is looking at a network's library, as far as document visibility goes: nobody (an anonymous visitor or a
/// non-member sees only public documents), a member with their organization and working groups, or a network admin.
/// </summary>
public sealed record LibraryViewer(Guid? PersonId, bool IsMember, bool IsNetworkAdmin, Guid? OrganizationId, IReadOnlyCollection<Guid> GroupIds)
{
    public static readonly LibraryViewer Anonymous = new(null, false, false, null, []);

    /// <summary>The visibility rule in one place, for a document already loaded.</summary>
    public bool CanSee(LibraryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Visibility == DocumentVisibility.Public || IsNetworkAdmin || (PersonId is { } me && document.CreatedBy == me))
        {
            return true;
        }

        return IsMember && document.Visibility switch
        {
            DocumentVisibility.Network => true,
            DocumentVisibility.Organization => OrganizationId is { } org && document.OwnerOrganizationId == org,
            DocumentVisibility.WorkingGroup => document.WorkingGroupId is { } group && GroupIds.Contains(group),
            _ => false,
        };
    }
}
