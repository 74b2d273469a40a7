using Bottega.Credentials.Proofs;
using NSec.Cryptography;
using Xunit;

namespace Bottega.Credentials.Tests.Proofs;

public sealed class MultikeyTests
{
    [Fact]
    public void An_Ed25519_public_key_encodes_as_z6Mk_and_decodes_back()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var raw = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);

        var multibase = Multikey.EncodeEd25519(raw);
        var decoded = Multikey.DecodeEd25519(multibase);

        Assert.StartsWith("z6Mk", multibase, StringComparison.Ordinal);
        Assert.NotNull(decoded);
        Assert.Equal(raw, decoded.Export(KeyBlobFormat.RawPublicKey));
    }

    [Fact]
    public void A_did_key_resolves_to_its_public_key_with_or_without_the_fragment()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var did = DidKey.FromEd25519(key.PublicKey);
        var method = DidKey.VerificationMethod(key.PublicKey);

        Assert.StartsWith("did:key:z6Mk", did, StringComparison.Ordinal);
        Assert.Equal(did + "#" + did["did:key:".Length..], method);
        Assert.Equal(key.PublicKey, DidKey.Resolve(did));
        Assert.Equal(key.PublicKey, DidKey.Resolve(method));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("did:web:example.com")]
    [InlineData("did:key:")]
    [InlineData("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ")]
    [InlineData("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkOther")]
    [InlineData("did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169")]
    [InlineData("did:key:z0OIl")]
    public void Anything_but_an_Ed25519_did_key_resolves_to_nothing(string? did)
    {
        Assert.Null(DidKey.Resolve(did));
    }

    [Fact]
    public void A_verification_method_for_a_DID_document_carries_the_public_key_multibase()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var did = DidKey.FromEd25519(key.PublicKey);

        var method = Multikey.VerificationMethod(did + "#key-1", did, key.PublicKey);

        Assert.Equal("Multikey", (string?)method["type"]);
        Assert.Equal(did, (string?)method["controller"]);
        Assert.Equal(key.PublicKey, Multikey.DecodeEd25519((string?)method["publicKeyMultibase"]));
    }

    [Fact]
    public void Base58btc_keeps_leading_zero_bytes_and_round_trips()
    {
        byte[] data = [0, 0, 1, 2, 255, 0, 58];

        var text = Base58Btc.Encode(data);

        Assert.StartsWith("11", text, StringComparison.Ordinal);
        Assert.True(Base58Btc.TryDecode(text, out var decoded));
        Assert.Equal(data, decoded);
        Assert.Equal("StV1DL6CwTryKyV", Base58Btc.Encode("hello world"u8));
    }
}
