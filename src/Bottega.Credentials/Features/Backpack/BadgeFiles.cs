using System.Text;
using Bottega.Credentials.Baking;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Bottega.Credentials.Features.Hosted;

namespace Bottega.Credentials.Features.Backpack;

internal sealed record BadgeFile(byte[] Content, string ContentType, string FileName);

/// <summary>The files a badge can be downloaded as: the credential as JSON-LD or VC-JWT, and images with the badge baked in.</summary>
public sealed class BadgeFiles
{
    private readonly PublicBadges badges;
    private readonly BadgeImages images;
    private readonly CredentialUrls urls;

    internal BadgeFiles(PublicBadges badges, BadgeImages images, CredentialUrls urls)
    {
        this.badges = badges;
        this.images = images;
        this.urls = urls;
    }

    internal async Task<BadgeFile?> CreateAsync(string publicId, string format, CancellationToken cancellationToken)
    {
        var credential = await badges.CredentialAsync(publicId, cancellationToken);
        if (credential is null || credential.SignedJson.Length == 0)
        {
            return null;
        }

        var name = $"badge-{publicId}";
        return format switch
        {
            "json" => new BadgeFile(Encoding.UTF8.GetBytes(credential.SignedJson), "application/ld+json", name + ".json"),
            "jwt" => new BadgeFile(Encoding.ASCII.GetBytes(credential.Jwt), "application/vc+jwt", name + ".jwt"),
            "png" => Png(await images.PngAsync(credential.AchievementId, cancellationToken), BakedKeywords.OpenBadgeCredential, credential.SignedJson, name),
            "png2" => await Ob2PngAsync(credential, cancellationToken),
            "svg" => Svg(await images.SvgAsync(credential.AchievementId, cancellationToken), credential.SignedJson, name),
            _ => null,
        };
    }

    /// <summary>The Open Badges 2.0 baked image of an assertion: its hosted URL in the openbadges chunk.</summary>
    internal async Task<BadgeFile?> Ob2PngAsync(Credential credential, CancellationToken cancellationToken) =>
        Png(await images.PngAsync(credential.AchievementId, cancellationToken), BakedKeywords.OpenBadges, urls.Ob2Assertion(credential.PublicId),
            $"badge-{credential.PublicId}-ob2");

    private static BadgeFile? Png(byte[]? image, string keyword, string payload, string name) =>
        image is not null && PngBaker.Bake(image, keyword, payload).Image is { } baked ? new BadgeFile(baked, "image/png", name + ".png") : null;

    private static BadgeFile? Svg(byte[]? image, string credentialJson, string name) =>
        image is not null && SvgBaker.BakeCredential(image, credentialJson).Image is { } baked ? new BadgeFile(baked, "image/svg+xml", name + ".svg") : null;
}
