using Bottega.Credentials.Domain;

namespace Bottega.Credentials.Features.Backpack;

/// <summary>A credential as its holder (or, when public, anyone) sees it.</summary>
public sealed record BackpackItem(Guid Id, string PublicId, Guid AchievementId, string Name, string Description, string Criteria, string IssuerName,
    string IssuerUrl, string RecipientName, Guid? RecipientUserId, AchievementKind Kind, DateTime IssuedAt, DateTime? ExpiresAt, DateTime? RevokedAt,
    string? RevocationReason, bool IsPublic)
{
    public bool IsRevoked => RevokedAt is not null;
}
