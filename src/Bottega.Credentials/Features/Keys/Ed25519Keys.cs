using NSec.Cryptography;

namespace Bottega.Credentials.Features.Keys;

/// <summary>Ed25519 through libsodium (NSec): key generation, import of the stored private half, signing and verifying.</summary>
internal static class Ed25519Keys
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    public static (byte[] PublicKey, byte[] PrivateKey) Generate()
    {
        using var key = Key.Create(Algorithm, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return (key.PublicKey.Export(KeyBlobFormat.RawPublicKey), key.Export(KeyBlobFormat.RawPrivateKey));
    }

    public static Key Import(ReadOnlySpan<byte> privateKey) => Key.Import(Algorithm, privateKey, KeyBlobFormat.RawPrivateKey);

    public static byte[] Sign(Key key, ReadOnlySpan<byte> data) => Algorithm.Sign(key, data);

    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != Algorithm.PublicKeySize || signature.Length != Algorithm.SignatureSize)
        {
            return false;
        }

        return PublicKey.TryImport(Algorithm, publicKey, KeyBlobFormat.RawPublicKey, out var imported) && imported is not null
            && Algorithm.Verify(imported, data, signature);
    }
}
