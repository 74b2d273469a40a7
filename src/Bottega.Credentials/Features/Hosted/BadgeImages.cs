using System.Text;
using Bottega.Credentials.Data;
using Bottega.Credentials.Images;
using Bottega.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Bottega.Credentials.Features.Hosted;

/// <summary>An achievement's image as PNG and SVG: the uploaded one, or the default medal drawn from its name and colour. Rendered PNGs are cached.</summary>
public sealed class BadgeImages
{
    private const int MaxStoredImageBytes = 4 * 1024 * 1024;
    private readonly CredentialsDbContext db;
    private readonly IFileStore files;
    private readonly IMemoryCache cache;

    internal BadgeImages(CredentialsDbContext db, IFileStore files, IMemoryCache cache)
    {
        this.db = db;
        this.files = files;
        this.cache = cache;
    }

    /// <summary>The PNG: the uploaded one, or the SVG rendered; looked up by what the image depends on, so the file is read and rendered once per node.</summary>
    internal async Task<byte[]?> PngAsync(Guid achievementId, CancellationToken cancellationToken)
    {
        var source = await SourceAsync(achievementId, cancellationToken);
        if (source is null)
        {
            return null;
        }

        return await cache.GetOrCreateAsync(("badge-png", achievementId, source.Version), async entry =>
        {
            entry.SetSlidingExpiration(TimeSpan.FromHours(1));
            var image = await ImageAsync(source, cancellationToken);
            return image is null ? null : source.IsPng ? image : BadgeRasterizer.ToPng(image);
        });
    }

    /// <summary>The SVG; an uploaded PNG is wrapped in an SVG so the badge can still be baked as SVG.</summary>
    internal async Task<byte[]?> SvgAsync(Guid achievementId, CancellationToken cancellationToken)
    {
        var source = await SourceAsync(achievementId, cancellationToken);
        var image = source is null ? null : await ImageAsync(source, cancellationToken);
        return image is null || !source!.IsPng
            ? image
            : Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\" viewBox=\"0 0 512 512\">"
                + $"<image width=\"512\" height=\"512\" href=\"data:image/png;base64,{Convert.ToBase64String(image)}\"/></svg>");
    }

    /// <summary>The issuer's uploaded logo and its content type, if any.</summary>
    internal async Task<(byte[] Bytes, string ContentType)?> IssuerLogoAsync(string slug, CancellationToken cancellationToken)
    {
        var issuer = await db.Issuers.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        return issuer?.ImageKey is { } key && issuer.ImageContentType is { } type && await ReadAsync(key, cancellationToken) is { } bytes
            ? (bytes, type)
            : null;
    }

    private async Task<ImageSource?> SourceAsync(Guid achievementId, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.Id == achievementId, cancellationToken);
        if (achievement is null)
        {
            return null;
        }

        if (achievement.ImageKey is { } key)
        {
            return new ImageSource(key, achievement.ImageContentType == "image/png", key, null);
        }

        var issuerName = await db.Issuers.IgnoreQueryFilters().Where(i => i.NetworkId == achievement.NetworkId).Select(i => i.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? "";
        var svg = DefaultBadgeImage.Svg(achievement.Name, issuerName, achievement.Colour, LevelOf(achievement.AwardKey));
        return new ImageSource($"{achievement.Name}|{issuerName}|{achievement.Colour}|{achievement.AwardKey}", false, null, svg);
    }

    private async Task<byte[]?> ImageAsync(ImageSource source, CancellationToken cancellationToken) =>
        source.FileKey is { } key ? await ReadAsync(key, cancellationToken) : Encoding.UTF8.GetBytes(source.DefaultSvg!);

    private async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var stream = await files.OpenAsync(key, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.Length <= MaxStoredImageBytes ? buffer.ToArray() : null;
    }

    private static AwardLevel? LevelOf(string? awardKey) => awardKey?.Split(':')[^1].ToLowerInvariant() switch
    {
        "gold" or "oro" => AwardLevel.Gold,
        "silver" or "argento" => AwardLevel.Silver,
        "bronze" or "bronzo" => AwardLevel.Bronze,
        _ => null,
    };

    /// <summary>Where the image comes from: an uploaded file, or the default medal's SVG; <see cref="Version"/> changes when the image does.</summary>
    private sealed record ImageSource(string Version, bool IsPng, string? FileKey, string? DefaultSvg);
}
