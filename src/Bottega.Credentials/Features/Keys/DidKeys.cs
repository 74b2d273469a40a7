using SimpleBase;

namespace Bottega.Credentials.Features.Keys;

/// <summary>did:key identifiers of Ed25519 keys (multicodec ed25519-pub 0xed01, multibase base58btc "z").</summary>
internal static class DidKeys
{
    private static readonly byte[] Ed25519Prefix = [0xed, 0x01];

    public static string Multibase(ReadOnlySpan<byte> publicKey) => "z" + Base58.Bitcoin.Encode([.. Ed25519Prefix, .. publicKey]);

    public static string Did(ReadOnlySpan<byte> publicKey) => "did:key:" + Multibase(publicKey);

    public static string VerificationMethod(ReadOnlySpan<byte> publicKey)
    {
        var multibase = Multibase(publicKey);
        return $"did:key:{multibase}#{multibase}";
    }

    /// <summary>The Ed25519 public key in a did:key (or a did:key verification method), or null when it is not one.</summary>
    public static byte[]? PublicKeyOf(string didOrMethod)
    {
        if (!didOrMethod.StartsWith("did:key:z", StringComparison.Ordinal))
        {
            return null;
        }

        var id = didOrMethod["did:key:".Length..].Split('#')[0];
        return DecodeMultibase(id);
    }

    public static byte[]? DecodeMultibase(string multibase)
    {
        if (multibase.Length is < 2 or > 100 || multibase[0] != 'z')
        {
            return null;
        }

        try
        {
            var bytes = Base58.Bitcoin.Decode(multibase.AsSpan(1));
            return bytes.Length == 34 && bytes[0] == Ed25519Prefix[0] && bytes[1] == Ed25519Prefix[1] ? bytes[2..] : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
