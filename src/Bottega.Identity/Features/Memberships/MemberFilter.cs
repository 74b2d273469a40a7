using Bottega.Identity.Domain;

namespace Bottega.Identity.Features.Memberships;

/// <summary>Filters of the member list; all optional. Bound from the query string.</summary>
public sealed class MemberFilter
{
    public string? Q { get; set; }

    public Guid? Region { get; set; }

    public Guid? Province { get; set; }

    public Guid? Organization { get; set; }

    public JobRole? JobRole { get; set; }

    public MembershipStatus Status { get; set; } = MembershipStatus.Active;

    public int Page { get; set; } = 1;
}
