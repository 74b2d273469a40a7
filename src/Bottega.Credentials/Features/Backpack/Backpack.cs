using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Backpack;

/// <summary>"My badges": the credentials a person holds in every network, their visibility and the links to share them.</summary>
public sealed class Backpack
{
    public const int PageSize = 24;
    private readonly CredentialsDbContext db;
    private readonly CredentialUrls urls;

    internal Backpack(CredentialsDbContext db, CredentialUrls urls)
    {
        this.db = db;
        this.urls = urls;
    }

    public async Task<(IReadOnlyList<BackpackItem> Items, int Total)> MineAsync(Guid userId, int page, CancellationToken cancellationToken)
    {
        var mine = db.Credentials.IgnoreQueryFilters().Where(c => c.RecipientUserId == userId && c.SignedJson != "");
        var total = await mine.CountAsync(cancellationToken);
        var items = await Items(mine.OrderByDescending(c => c.IssuedAt).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        return (items.OrderByDescending(i => i.IssuedAt).ToList(), total);
    }

    public Task<BackpackItem?> FindAsync(string publicId, CancellationToken cancellationToken) =>
        Items(db.Credentials.IgnoreQueryFilters().Where(c => c.PublicId == publicId && c.SignedJson != "")).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether the viewer may see the credential's page and downloads: its holder always, anyone else once it is public.</summary>
    public static bool CanView(BackpackItem item, Guid? viewerId) => item.IsPublic || (viewerId is { } id && item.RecipientUserId == id);

    public async Task<bool> SetVisibilityAsync(Guid userId, string publicId, bool isPublic, CancellationToken cancellationToken)
    {
        var credential = await db.Credentials.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.PublicId == publicId && c.RecipientUserId == userId,
            cancellationToken);
        if (credential is null)
        {
            return false;
        }

        credential.SetVisibility(isPublic);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<Credential?> CredentialAsync(string publicId, CancellationToken cancellationToken) =>
        db.Credentials.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.PublicId == publicId && c.SignedJson != "", cancellationToken);

    public string SharePage(string publicId) => urls.SharePage(publicId);

    public string AssertionUrl(string publicId) => urls.Ob2Assertion(publicId);

    public string CredentialUrl(string publicId) => urls.Ob3Credential(publicId);

    /// <summary>Relative, so the page shows it whatever address the platform is reached at.</summary>
    public string ImageUrl(Guid achievementId) => new Uri(urls.BadgeImage(achievementId)).PathAndQuery;

    /// <summary>LinkedIn's "add a licence or certification" form, filled in.</summary>
    public string LinkedInUrl(BackpackItem item)
    {
        var parameters = new List<string>
        {
            "startTask=CERTIFICATION_NAME",
            "name=" + Uri.EscapeDataString(item.Name),
            "organizationName=" + Uri.EscapeDataString(item.IssuerName),
            FormattableString.Invariant($"issueYear={item.IssuedAt.Year}"),
            FormattableString.Invariant($"issueMonth={item.IssuedAt.Month}"),
            "certUrl=" + Uri.EscapeDataString(urls.SharePage(item.PublicId)),
            "certId=" + Uri.EscapeDataString(item.PublicId),
        };
        if (item.ExpiresAt is { } expires)
        {
            parameters.Add(FormattableString.Invariant($"expirationYear={expires.Year}"));
            parameters.Add(FormattableString.Invariant($"expirationMonth={expires.Month}"));
        }

        return "https://www.linkedin.com/profile/add?" + string.Join('&', parameters);
    }

    private IQueryable<BackpackItem> Items(IQueryable<Credential> credentials) =>
        credentials
            .Join(db.Achievements.IgnoreQueryFilters(), c => c.AchievementId, a => a.Id, (c, a) => new { c, a })
            .Join(db.Issuers.IgnoreQueryFilters(), x => x.c.IssuerId, i => i.Id, (x, i) => new BackpackItem(x.c.Id, x.c.PublicId, x.a.Id, x.a.Name,
                x.a.Description, x.a.Criteria, i.Name, i.Url, x.c.RecipientName, x.c.RecipientUserId, x.a.Kind, x.c.IssuedAt, x.c.ExpiresAt, x.c.RevokedAt,
                x.c.RevocationReason, x.c.IsPublic));
}
