using Bottega.Credentials.Proofs;
using NSec.Cryptography;

namespace Bottega.Credentials.Features.Keys;

/// <summary>did:key names of issuer keys as stored (raw Ed25519 public keys), over the Proofs layer's Multikey and DidKey.</summary>
internal static class DidKeys
{
    public static string Multibase(ReadOnlySpan<byte> publicKey) => Multikey.EncodeEd25519(publicKey);

    public static string Did(ReadOnlySpan<byte> publicKey) => DidKey.FromEd25519(publicKey);

    public static string VerificationMethod(ReadOnlySpan<byte> publicKey)
    {
        var multibase = Multibase(publicKey);
        return $"did:key:{multibase}#{multibase}";
    }

    /// <summary>The raw Ed25519 public key of a did:key (or of its verification method), or null when it is not one.</summary>
    public static byte[]? PublicKeyOf(string didOrMethod) => DidKey.Resolve(didOrMethod)?.Export(KeyBlobFormat.RawPublicKey);
}
