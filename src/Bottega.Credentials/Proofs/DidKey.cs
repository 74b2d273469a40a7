using NSec.Cryptography;

namespace Bottega.Credentials.Proofs;

/// <summary>did:key identifiers for Ed25519 keys (https://w3c-ccg.github.io/did-key-spec/): "did:key:z6Mk…".</summary>
internal static class DidKey
{
    private const string Scheme = "did:key:";

    public static string FromEd25519(ReadOnlySpan<byte> publicKey) => Scheme + Multikey.EncodeEd25519(publicKey);

    public static string FromEd25519(PublicKey publicKey) => Scheme + Multikey.EncodeEd25519(publicKey);

    /// <summary>The verification method of a did:key: the DID, "#", the multibase key again.</summary>
    public static string VerificationMethod(PublicKey publicKey)
    {
        var multibase = Multikey.EncodeEd25519(publicKey);
        return Scheme + multibase + "#" + multibase;
    }

    /// <summary>
    /// The Ed25519 public key of a did:key DID or DID URL ("did:key:z6Mk…" or "did:key:z6Mk…#z6Mk…", where the
    /// fragment must repeat the key), or null when it is not one.
    /// </summary>
    public static PublicKey? Resolve(string? didOrVerificationMethod)
    {
        if (didOrVerificationMethod is null || !didOrVerificationMethod.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var identifier = didOrVerificationMethod[Scheme.Length..];
        var hash = identifier.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            if (identifier[(hash + 1)..] != identifier[..hash])
            {
                return null;
            }

            identifier = identifier[..hash];
        }

        return Multikey.DecodeEd25519(identifier);
    }
}
