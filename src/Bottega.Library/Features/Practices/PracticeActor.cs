using Bottega.Library.Domain;

namespace Bottega.Library.Features.Practices;

/// <summary>
/// A person as far as good practices go: a member of the network (or not), a network admin (reviews and sees every
/// case), the organization they work for and the one they are training referent of (sees and edits its cases).
/// </summary>
public sealed record PracticeActor(Guid PersonId, bool IsMember, bool IsAdmin, Guid? OrganizationId, Guid? ReferentOf)
{
    /// <summary>Published cases are for every member; the others for their author, their organization's referent and admins.</summary>
    public bool CanSee(GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return IsMember && (practice.Status == PracticeStatus.Published || IsAdmin || IsOwnerSide(practice.CreatedBy, practice.OrganizationId));
    }

    /// <summary>The author and the referent change a case until it is published; admins always.</summary>
    public bool CanEdit(GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return IsMember && (IsAdmin || (practice.Status != PracticeStatus.Published && IsOwnerSide(practice.CreatedBy, practice.OrganizationId)));
    }

    public bool IsOwnerSide(Guid createdBy, Guid? organizationId) =>
        createdBy == PersonId || (ReferentOf is { } org && organizationId == org);
}
