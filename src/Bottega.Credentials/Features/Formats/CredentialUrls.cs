using Microsoft.Extensions.Options;

namespace Bottega.Credentials.Features.Formats;

/// <summary>The public addresses of issuers, badge classes, assertions, credentials and status lists, and the issuers' DIDs.</summary>
internal sealed class CredentialUrls(IOptions<CredentialsOptions> options)
{
    private readonly Uri baseUri = new(options.Value.PublicBaseUrl.TrimEnd('/') + "/");

    public string Base => baseUri.AbsoluteUri.TrimEnd('/');

    public bool UsesDidWeb => options.Value.DidMethod switch
    {
        "web" => true,
        "key" => false,
        _ => baseUri.Scheme == Uri.UriSchemeHttps,
    };

    public string NetworkHome(string slug) => $"{Base}/reti/{slug}";

    public string Ob2Issuer(string slug) => $"{Base}/ob/v2/issuers/{slug}";

    public string Ob2RevocationList(string slug) => $"{Base}/ob/v2/issuers/{slug}/revocations";

    public string Ob2BadgeClass(Guid achievementId) => $"{Base}/ob/v2/badges/{achievementId:N}";

    public string Ob2Assertion(string publicId) => $"{Base}/ob/v2/assertions/{publicId}";

    public string BadgeImage(Guid achievementId) => $"{Base}/ob/badges/{achievementId:N}/image";

    public string Ob3Achievement(Guid achievementId) => $"{Base}/ob/v3/achievements/{achievementId:N}";

    public string Ob3Credential(string publicId) => $"{Base}/ob/v3/credentials/{publicId}";

    public string StatusList(string slug) => $"{Base}/ob/v3/issuers/{slug}/status";

    public string Competence(Guid competenceId) => $"{Base}/ob/competenze/{competenceId:N}";

    public string SharePage(string publicId) => $"{Base}/badge/{publicId}";

    public string OrganizationIdentity(Guid organizationId) => $"{Base}/organizzazioni/{organizationId:N}";

    /// <summary>The network slug of one of our status-list URLs, or null.</summary>
    public string? SlugOfStatusList(string url)
    {
        var prefix = $"{Base}/ob/v3/issuers/";
        const string suffix = "/status";
        return url.StartsWith(prefix, StringComparison.Ordinal) && url.EndsWith(suffix, StringComparison.Ordinal) && url.Length > prefix.Length + suffix.Length
            && !url[prefix.Length..^suffix.Length].Contains('/', StringComparison.Ordinal)
            ? url[prefix.Length..^suffix.Length]
            : null;
    }

    /// <summary>did:web:host[%3Aport]:reti:slug, resolved at {base}/reti/{slug}/did.json.</summary>
    public string DidWeb(string slug)
    {
        var host = baseUri.IsDefaultPort ? baseUri.Host : $"{baseUri.Host}%3A{baseUri.Port}";
        return $"did:web:{host}:reti:{slug}";
    }

    /// <summary>The network slug of a did:web identifier of this platform, or null when it is not one of ours.</summary>
    public string? SlugOfDidWeb(string did)
    {
        var prefix = DidWeb("");
        return did.StartsWith(prefix, StringComparison.Ordinal) && did.Length > prefix.Length && !did[prefix.Length..].Contains(':', StringComparison.Ordinal)
            ? did[prefix.Length..]
            : null;
    }

    /// <summary>The public id in one of our assertion or credential URLs, or null.</summary>
    public string? PublicIdOf(string url)
    {
        foreach (var prefix in new[] { Ob2Assertion(""), Ob3Credential(""), SharePage("") })
        {
            if (url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = url[prefix.Length..].Split('?', '#', '/')[0];
                if (rest.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest[..^5];
                }

                return rest.Length is > 0 and <= 40 ? rest : null;
            }
        }

        return null;
    }
}
