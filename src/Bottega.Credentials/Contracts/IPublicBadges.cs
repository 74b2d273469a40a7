namespace Bottega.Credentials.Contracts;

/// <summary>A badge its holder made public: what a profile page shows. URLs are site-relative.</summary>
public sealed record PublicBadge(string Name, string IssuerName, DateTime IssuedAt, string ImageUrl, string ShareUrl);

/// <summary>The badges a person chose to show (public in their backpack, valid and not revoked), for profiles in other modules.</summary>
public interface IPublicBadges
{
    /// <summary>Newest first, across networks: a public badge is public everywhere.</summary>
    Task<IReadOnlyList<PublicBadge>> ListPublicAsync(Guid userId, CancellationToken cancellationToken);
}
