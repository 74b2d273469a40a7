using System.Text.Json.Nodes;
using Bottega.Credentials.Proofs;
using NSec.Cryptography;
using Xunit;

namespace Bottega.Credentials.Tests.Proofs;

public sealed class EddsaRdfc2022RoundTripTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None });

    public void Dispose() => key.Dispose();

    private JsonObject Secured()
    {
        var credential = OpenBadgeSamples.Credential(DidKey.FromEd25519(key.PublicKey));
        return EddsaRdfc2022.CreateProof(credential, key, DidKey.VerificationMethod(key.PublicKey), Created);
    }

    [Fact]
    public void An_Open_Badges_credential_signed_with_a_did_key_verifies_through_the_did_key()
    {
        var secured = Secured();

        var result = EddsaRdfc2022.Verify(secured, DidKey.Resolve);

        Assert.True(result.Valid, result.Failure);
        var proof = secured["proof"]!;
        Assert.Equal("DataIntegrityProof", (string?)proof["type"]);
        Assert.Equal("eddsa-rdfc-2022", (string?)proof["cryptosuite"]);
        Assert.Equal("2026-03-01T10:30:00Z", (string?)proof["created"]);
        Assert.Equal("assertionMethod", (string?)proof["proofPurpose"]);
        Assert.StartsWith("z", (string?)proof["proofValue"], StringComparison.Ordinal);
        Assert.Null(proof["@context"]);
    }

    [Fact]
    public void Key_order_and_white_space_do_not_matter_only_the_data()
    {
        var secured = Secured();
        var reordered = new JsonObject(secured.Reverse().Select(e => KeyValuePair.Create(e.Key, e.Value?.DeepClone())));

        Assert.True(EddsaRdfc2022.Verify(reordered, DidKey.Resolve).Valid);
    }

    public static TheoryData<string, string> Tamperings() => new()
    {
        { "name", "Altro corso" },
        { "validFrom", "2026-01-02T00:00:00Z" },
        { "credentialSubject.id", "did:example:someone-else" },
        { "credentialSubject.achievement.name", "Corso diverso" },
        { "credentialSubject.achievement.criteria.narrative", "Nessun criterio." },
        { "issuer.name", "Altro ente" },
        { "proof.created", "2026-03-01T10:30:01Z" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void Changing_any_signed_field_breaks_the_signature(string path, string value)
    {
        var secured = Secured();
        var parts = path.Split('.');
        var target = parts[..^1].Aggregate((JsonNode)secured, (node, part) => node[part]!);
        target[parts[^1]] = value;

        var result = EddsaRdfc2022.Verify(secured, DidKey.Resolve);

        Assert.False(result.Valid);
        Assert.Equal(DataIntegrityFailure.BadSignature, result.Reason);
    }

    [Fact]
    public void Adding_a_defined_property_or_a_type_breaks_the_signature()
    {
        var secured = Secured();
        secured["description"] = "Aggiunta dopo la firma.";
        Assert.Equal(DataIntegrityFailure.BadSignature, EddsaRdfc2022.Verify(secured, DidKey.Resolve).Reason);

        secured = Secured();
        ((JsonArray)secured["type"]!).Add("EndorsementCredential");
        Assert.Equal(DataIntegrityFailure.BadSignature, EddsaRdfc2022.Verify(secured, DidKey.Resolve).Reason);
    }

    [Fact]
    public void An_undefined_property_is_refused_as_a_context_error_not_silently_dropped()
    {
        var secured = Secured();
        secured["credentialSubject"]!["nickname"] = "ignored by plain JSON-LD";

        var result = EddsaRdfc2022.Verify(secured, DidKey.Resolve);

        Assert.Equal(DataIntegrityFailure.ContextError, result.Reason);
        Assert.Contains("nickname", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flipped_character_of_the_proof_value_is_a_bad_signature()
    {
        var secured = Secured();
        var proofValue = (string)secured["proof"]!["proofValue"]!;
        var flipped = proofValue[..^1] + (proofValue[^1] == 'a' ? 'b' : 'a');
        secured["proof"]!["proofValue"] = flipped;

        var result = EddsaRdfc2022.Verify(secured, DidKey.Resolve);

        Assert.False(result.Valid);
        Assert.True(result.Reason is DataIntegrityFailure.BadSignature or DataIntegrityFailure.Malformed);
    }

    [Fact]
    public void A_signature_checked_against_another_key_is_a_bad_signature()
    {
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        var secured = Secured();

        var result = EddsaRdfc2022.Verify(secured, _ => other.PublicKey);

        Assert.Equal(DataIntegrityFailure.BadSignature, result.Reason);
    }

    [Fact]
    public void Pointing_the_proof_at_another_did_key_breaks_it()
    {
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        var secured = Secured();
        secured["proof"]!["verificationMethod"] = DidKey.VerificationMethod(other.PublicKey);

        Assert.Equal(DataIntegrityFailure.BadSignature, EddsaRdfc2022.Verify(secured, DidKey.Resolve).Reason);
    }

    [Fact]
    public void Another_cryptosuite_or_proof_type_is_reported_as_unknown()
    {
        var secured = Secured();
        secured["proof"]!["cryptosuite"] = "ecdsa-rdfc-2019";
        Assert.Equal(DataIntegrityFailure.UnknownCryptosuite, EddsaRdfc2022.Verify(secured, DidKey.Resolve).Reason);

        secured = Secured();
        secured["proof"]!["type"] = "Ed25519Signature2020";
        Assert.Equal(DataIntegrityFailure.UnknownCryptosuite, EddsaRdfc2022.Verify(secured, DidKey.Resolve).Reason);
    }

    [Fact]
    public void Another_proof_purpose_is_refused()
    {
        var secured = Secured();
        secured["proof"]!["proofPurpose"] = "authentication";

        Assert.Equal(DataIntegrityFailure.WrongProofPurpose, EddsaRdfc2022.Verify(secured, DidKey.Resolve).Reason);
    }

    [Theory]
    [InlineData("missing proof")]
    [InlineData("proof value not multibase")]
    [InlineData("proof value too short")]
    [InlineData("no verification method")]
    [InlineData("bad created")]
    public void Malformed_proofs_are_reported_as_malformed(string defect)
    {
        var secured = Secured();
        var proof = (JsonObject)secured["proof"]!;
        switch (defect)
        {
            case "missing proof": secured.Remove("proof"); break;
            case "proof value not multibase": proof["proofValue"] = "u" + ((string)proof["proofValue"]!)[1..]; break;
            case "proof value too short": proof["proofValue"] = "z3yQ"; break;
            case "no verification method": proof.Remove("verificationMethod"); break;
            default: proof["created"] = "ieri"; break;
        }

        var result = EddsaRdfc2022.Verify(secured, DidKey.Resolve);

        Assert.Equal(DataIntegrityFailure.Malformed, result.Reason);
        Assert.False(string.IsNullOrEmpty(result.Failure));
    }

    [Fact]
    public void An_unresolvable_verification_method_is_reported()
    {
        var secured = Secured();

        var result = EddsaRdfc2022.Verify(secured, _ => null);

        Assert.Equal(DataIntegrityFailure.UnknownVerificationMethod, result.Reason);
    }

    [Fact]
    public void A_context_outside_the_bundled_ones_is_refused_and_never_fetched()
    {
        var secured = Secured();
        ((JsonArray)secured["@context"]!).Add("https://evil.example/context.json");

        var result = EddsaRdfc2022.Verify(secured, DidKey.Resolve);

        Assert.Equal(DataIntegrityFailure.ContextError, result.Reason);
        Assert.Contains("Contesto non riconosciuto: https://evil.example/context.json", result.Failure, StringComparison.Ordinal);
    }
}
