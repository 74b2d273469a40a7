using Bottega.Credentials.Contracts;
using Bottega.Credentials.Data;
using Bottega.Credentials.Features.Formats;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Backpack;

/// <summary>The public, valid badges of a person, for other modules' profile pages.</summary>
internal sealed class PublicBadgeShowcase(CredentialsDbContext db, CredentialUrls urls, TimeProvider time) : IPublicBadges
{
    /// <summary>A profile shows a showcase, not an archive.</summary>
    private const int Limit = 50;

    public async Task<IReadOnlyList<PublicBadge>> ListPublicAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Credentials.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.RecipientUserId == userId && c.IsPublic && c.SignedJson != "" && c.RevokedAt == null && (c.ExpiresAt == null || c.ExpiresAt > now))
            .Join(db.Achievements.IgnoreQueryFilters(), c => c.AchievementId, a => a.Id, (c, a) => new { c.PublicId, c.IssuedAt, a.Id, a.Name, c.IssuerId })
            .Join(db.Issuers.IgnoreQueryFilters(), x => x.IssuerId, i => i.Id, (x, i) => new { x.PublicId, x.IssuedAt, x.Id, x.Name, Issuer = i.Name })
            .OrderByDescending(x => x.IssuedAt).Take(Limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PublicBadge(r.Name, r.Issuer, r.IssuedAt, Relative(urls.BadgeImage(r.Id)), Relative(urls.SharePage(r.PublicId))))];
    }

    private static string Relative(string url) => new Uri(url).PathAndQuery;
}
