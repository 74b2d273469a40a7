namespace Bottega.Credentials.Features.Issuing;

/// <summary>What organization awards need from issuing: an achievement per award level and an idempotent award to an organization.</summary>
internal interface IOrganizationAwardIssuing
{
    /// <summary>Creates (or updates, same key) the achievement of one award level of a rule, e.g. "Oro — Competenze digitali 2026"; returns its id.</summary>
    Task<Guid> EnsureAwardAchievementAsync(Guid networkId, string key, string name, string description, string criteria, CancellationToken cancellationToken);

    /// <summary>Issues the achievement to the organization unless it already holds it (not revoked); true when a new credential was issued.</summary>
    Task<bool> AwardToOrganizationAsync(Guid networkId, Guid achievementId, Guid organizationId, CancellationToken cancellationToken);
}
