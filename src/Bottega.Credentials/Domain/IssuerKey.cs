namespace Bottega.Credentials.Domain;

/// <summary>
/// An Ed25519 signing key of an issuer. The private half is stored encrypted with the platform's data-protection keys
/// and never leaves the signing service; retired keys stay published so what they signed still verifies.
/// </summary>
public sealed class IssuerKey
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid IssuerId { get; private set; }

    /// <summary>1, 2, 3… in order of creation; the did:web verification method is "#key-{Number}".</summary>
    public int Number { get; private set; }

    public byte[] PublicKey { get; private set; } = [];

    /// <summary>The raw private key, protected (encrypted and authenticated) by ASP.NET Core Data Protection.</summary>
    public byte[] ProtectedPrivateKey { get; private set; } = [];

    public DateTime CreatedAt { get; private set; }

    public DateTime? RetiredAt { get; private set; }

    public bool IsActive => RetiredAt is null;

    private IssuerKey()
    {
    }

    public static IssuerKey Create(Guid issuerId, int number, byte[] publicKey, byte[] protectedPrivateKey, DateTime now) => new()
    {
        IssuerId = issuerId,
        Number = number,
        PublicKey = publicKey,
        ProtectedPrivateKey = protectedPrivateKey,
        CreatedAt = now,
    };

    public void Retire(DateTime now) => RetiredAt ??= now;

    public override string ToString() => $"Ed25519 key {Number} of issuer {IssuerId}";
}
