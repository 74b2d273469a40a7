using System.Text.Json.Nodes;
using NSec.Cryptography;

namespace Bottega.Credentials.Proofs;

/// <summary>
/// Multikey encoding of Ed25519 keys (Controlled Identifiers 1.0, section 2.2.2): multibase base58btc ("z") of the
/// multicodec prefix (varint 0xed = bytes 0xed 0x01 for a public key, 0x1300 = bytes 0x80 0x26 for a secret key)
/// followed by the 32 raw key bytes. A public key so encoded starts with "z6Mk".
/// </summary>
internal static class Multikey
{
    private static readonly byte[] Ed25519PublicPrefix = [0xED, 0x01];
    private static readonly byte[] Ed25519SecretPrefix = [0x80, 0x26];

    /// <summary>The publicKeyMultibase of an Ed25519 public key.</summary>
    public static string EncodeEd25519(ReadOnlySpan<byte> publicKey) => Encode(Ed25519PublicPrefix, publicKey);

    public static string EncodeEd25519(PublicKey publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        return EncodeEd25519(publicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>
    /// A verification method for a DID document or a controller document:
    /// { "id", "type": "Multikey", "controller", "publicKeyMultibase" }.
    /// </summary>
    public static JsonObject VerificationMethod(string id, string controller, PublicKey publicKey) => new()
    {
        ["id"] = id,
        ["type"] = "Multikey",
        ["controller"] = controller,
        ["publicKeyMultibase"] = EncodeEd25519(publicKey),
    };

    /// <summary>The secretKeyMultibase of an Ed25519 private key (its 32-byte seed).</summary>
    public static string EncodeEd25519SecretKey(ReadOnlySpan<byte> seed) => Encode(Ed25519SecretPrefix, seed);

    /// <summary>The public key of a publicKeyMultibase, or null when it is not a well-formed Ed25519 Multikey.</summary>
    public static PublicKey? DecodeEd25519(string? multibase)
    {
        var raw = Decode(multibase, Ed25519PublicPrefix);
        return raw is not null && PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var key)
            ? key
            : null;
    }

    /// <summary>The 32-byte seed of a secretKeyMultibase, or null.</summary>
    public static byte[]? DecodeEd25519SecretKey(string? multibase) => Decode(multibase, Ed25519SecretPrefix);

    private static string Encode(byte[] prefix, ReadOnlySpan<byte> key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("Una chiave Ed25519 è di 32 byte.", nameof(key));
        }

        var bytes = new byte[prefix.Length + key.Length];
        prefix.CopyTo(bytes, 0);
        key.CopyTo(bytes.AsSpan(prefix.Length));
        return "z" + Base58Btc.Encode(bytes);
    }

    private static byte[]? Decode(string? multibase, byte[] prefix)
    {
        if (multibase is null || multibase.Length is < 2 or > 100 || multibase[0] != 'z'
            || !Base58Btc.TryDecode(multibase[1..], out var bytes)
            || bytes.Length != prefix.Length + 32
            || !bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix))
        {
            return null;
        }

        return bytes[prefix.Length..];
    }
}
