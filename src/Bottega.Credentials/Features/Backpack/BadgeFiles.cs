using System.Text;
using Bottega.Credentials.Features.Hosted;

namespace Bottega.Credentials.Features.Backpack;

internal sealed record BadgeFile(byte[] Content, string ContentType, string FileName);

/// <summary>The files a badge can be downloaded as: the credential as JSON-LD or VC-JWT, and images with the badge baked in.</summary>
public sealed class BadgeFiles
{
    private readonly PublicBadges badges;

    internal BadgeFiles(PublicBadges badges) => this.badges = badges;

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
            _ => null,
        };
    }
}
