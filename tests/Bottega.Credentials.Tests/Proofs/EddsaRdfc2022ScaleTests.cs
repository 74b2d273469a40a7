using System.Text.Json.Nodes;
using Bottega.Credentials.LinkedData;
using Bottega.Credentials.Proofs;
using NSec.Cryptography;
using Xunit;

namespace Bottega.Credentials.Tests.Proofs;

public sealed class EddsaRdfc2022ScaleTests
{
    [Fact]
    public void A_credential_with_hundreds_of_results_is_signed_and_verified_within_the_limits()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var credential = OpenBadgeSamples.Credential(DidKey.FromEd25519(key.PublicKey));
        credential["credentialSubject"]!["result"] = new JsonArray(Enumerable.Range(0, 300)
            .Select(i => (JsonNode?)new JsonObject { ["type"] = new JsonArray("Result"), ["value"] = $"voto {i}" })
            .ToArray());

        var secured = EddsaRdfc2022.CreateProof(credential, key, DidKey.VerificationMethod(key.PublicKey), DateTimeOffset.UnixEpoch);

        Assert.True(EddsaRdfc2022.Verify(secured, DidKey.Resolve).Valid);
        Assert.True(JsonLdToRdf.ToDataset(credential).Quads.Count > 900);
    }

    [Fact]
    public void Many_verifications_at_once_share_the_bundled_contexts_safely()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var secured = EddsaRdfc2022.CreateProof(
            OpenBadgeSamples.Credential(DidKey.FromEd25519(key.PublicKey)), key, DidKey.VerificationMethod(key.PublicKey), DateTimeOffset.UnixEpoch);
        var json = secured.ToJsonString();

        var results = new bool[32];
        Parallel.For(0, results.Length, i =>
            results[i] = EddsaRdfc2022.Verify((JsonObject)JsonNode.Parse(json)!, DidKey.Resolve).Valid);

        Assert.All(results, Assert.True);
    }
}
