using System.Text.Json.Nodes;
using Bottega.Credentials.Proofs;
using NSec.Cryptography;
using Xunit;

namespace Bottega.Credentials.Tests.Proofs;

public sealed class EddsaRdfc2022VectorTests
{
    private static Key VectorKey()
    {
        var pair = ProofVectors.Json("keyPair.json");
        var seed = Multikey.DecodeEd25519SecretKey((string?)pair["privateKeyMultibase"]);
        Assert.NotNull(seed);
        return Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey);
    }

    [Fact]
    public void The_vector_key_pair_decodes_and_its_public_key_encodes_back_to_the_published_multibase()
    {
        using var key = VectorKey();
        var pair = ProofVectors.Json("keyPair.json");

        Assert.Equal((string?)pair["publicKeyMultibase"], Multikey.EncodeEd25519(key.PublicKey));
        Assert.StartsWith("z6Mk", Multikey.EncodeEd25519(key.PublicKey), StringComparison.Ordinal);
    }

    [Fact]
    public void The_canonical_proof_configuration_matches_the_vector()
    {
        var proof = (JsonObject)ProofVectors.Signed["proof"]!.DeepClone();
        proof.Remove("proofValue");
        proof["@context"] = ProofVectors.Signed["@context"]!.DeepClone();

        var canonical = EddsaRdfc2022.CanonicalForm(proof, ProofVectors.Loader);

        Assert.Equal(ProofVectors.Text("proofCanonDataInt.txt"), canonical);
    }

    [Fact]
    public void The_hash_data_matches_the_vector_combined_hash()
    {
        var proof = (JsonObject)ProofVectors.Signed["proof"]!.DeepClone();
        proof.Remove("proofValue");

        var hashData = EddsaRdfc2022.HashData(ProofVectors.Unsigned, proof, ProofVectors.Unsigned["@context"], ProofVectors.Loader);

        Assert.Equal(ProofVectors.Text("combinedHashDataInt.txt"), Convert.ToHexStringLower(hashData));
    }

    [Fact]
    public void Signing_the_unsigned_credential_reproduces_the_published_proof_exactly()
    {
        using var key = VectorKey();
        var expected = ProofVectors.Signed;
        var proof = expected["proof"]!;

        var secured = EddsaRdfc2022.CreateProof(
            ProofVectors.Unsigned,
            key,
            (string)proof["verificationMethod"]!,
            DateTimeOffset.Parse((string)proof["created"]!, System.Globalization.CultureInfo.InvariantCulture),
            ProofVectors.Loader);

        Assert.Equal((string?)proof["proofValue"], (string?)secured["proof"]!["proofValue"]);
        Assert.True(JsonNode.DeepEquals(expected, secured));
    }

    [Fact]
    public void The_published_signed_credential_verifies()
    {
        using var key = VectorKey();

        var result = EddsaRdfc2022.Verify(ProofVectors.Signed, _ => key.PublicKey, ProofVectors.Loader);

        Assert.True(result.Valid, result.Failure);
    }

    [Fact]
    public void Without_the_examples_context_the_vector_fails_with_a_context_error_naming_the_url()
    {
        using var key = VectorKey();

        var result = EddsaRdfc2022.Verify(ProofVectors.Signed, _ => key.PublicKey);

        Assert.False(result.Valid);
        Assert.Equal(DataIntegrityFailure.ContextError, result.Reason);
        Assert.Contains("Contesto non riconosciuto: https://www.w3.org/ns/credentials/examples/v2", result.Failure, StringComparison.Ordinal);
    }
}
