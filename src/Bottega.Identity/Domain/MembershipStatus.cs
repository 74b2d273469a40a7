namespace Bottega.Identity.Domain;

public enum MembershipStatus
{
    Pending = 1,
    Active = 2,
    Rejected = 3,
    Removed = 4,
}
