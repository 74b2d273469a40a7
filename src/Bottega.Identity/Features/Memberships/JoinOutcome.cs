namespace Bottega.Identity.Features.Memberships;

public enum JoinOutcome
{
    Joined,
    Pending,
    AlreadyMember,
    AlreadyPending,
    OrganizationRequired,
    OrganizationNotMember,
}

public enum DecisionOutcome
{
    Done,
    NotFound,
    Forbidden,
    InvalidState,
}
