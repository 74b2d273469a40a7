using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Identity.Features.Profiles;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Memberships;

public sealed record MemberCardView(Guid MembershipId, ProfileView Profile, NetworkRole Roles, Guid? ReferentOfOrganizationId, DateTime Since);

/// <summary>A member's profile as seen inside a network: only people with an active membership of the request's network.</summary>
public sealed class MemberCard
{
    private readonly IdentityDataContext db;
    private readonly PersonProfiles profiles;

    internal MemberCard(IdentityDataContext db, PersonProfiles profiles)
    {
        this.db = db;
        this.profiles = profiles;
    }

    public async Task<MemberCardView?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.AsNoTracking()
            .FirstOrDefaultAsync(m => m.UserId == userId && m.Status == MembershipStatus.Active, cancellationToken);
        if (membership is null)
        {
            return null;
        }

        var profile = await profiles.GetAsync(userId, cancellationToken);
        return profile is null ? null : new MemberCardView(membership.Id, profile, membership.Roles, membership.ReferentOfOrganizationId, membership.DecidedAt ?? membership.RequestedAt);
    }
}
