using Bottega.Platform.Tenancy;

namespace Bottega.Credentials.Domain;

/// <summary>A network as the issuer of its badges: the profile shown in every credential, and its signing keys.</summary>
public sealed class Issuer : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    /// <summary>The network's slug when the issuer was created; issuer URLs and the did:web identifier are built from it.</summary>
    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Url { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>File-store key of the issuer's logo (PNG or SVG), if uploaded.</summary>
    public string? ImageKey { get; private set; }

    public string? ImageContentType { get; private set; }

    public DateTime CreatedAt { get; private set; }

    private Issuer()
    {
    }

    public static Issuer Create(Guid networkId, string slug, string name, string url, string email, DateTime now) => new()
    {
        NetworkId = networkId,
        Slug = slug,
        Name = name,
        Url = url,
        Email = email,
        CreatedAt = now,
    };

    public void Update(string name, string url, string email, string? description)
    {
        Name = name;
        Url = url;
        Email = email;
        Description = description;
    }

    public void SetImage(string key, string contentType)
    {
        ImageKey = key;
        ImageContentType = contentType;
    }
}
