using NSec.Cryptography;

namespace Bottega.Credentials.Features.Keys;

/// <summary>An issuer's active key, imported for one signing operation and disposed right after.</summary>
internal sealed class SigningKey(Key key, string issuerId, string verificationMethod) : IDisposable
{
    public string IssuerId { get; } = issuerId;

    public string VerificationMethod { get; } = verificationMethod;

    public byte[] Sign(ReadOnlySpan<byte> data) => Ed25519Keys.Sign(key, data);

    internal Key Key => key;

    public void Dispose() => key.Dispose();
}
