using System.Text.Json.Nodes;
using Bottega.Credentials.LinkedData;
using Bottega.Credentials.Tests.Proofs;
using Xunit;

namespace Bottega.Credentials.Tests.LinkedData;

public sealed class OpenBadgeJsonLdTests
{
    private const string Ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#";

    private static string Canonical(JsonObject document) => Rdfc10.Canonicalize(JsonLdToRdf.ToDataset(document));

    [Fact]
    public void Images_identity_objects_results_and_the_awarded_date_expand_with_their_scoped_terms()
    {
        var credential = OpenBadgeSamples.Credential();
        credential["awardedDate"] = "2026-02-01T09:00:00Z";
        var subject = (JsonObject)credential["credentialSubject"]!;
        subject["identifier"] = JsonNode.Parse("""
            [{ "type": "IdentityObject", "identityHash": "mario.rossi@example.org", "identityType": "emailAddress", "hashed": false }]
            """);
        subject["result"] = JsonNode.Parse("""[{ "type": ["Result"], "status": "Completed", "value": "28/30" }]""");
        subject["achievement"]!["image"] = JsonNode.Parse("""{ "id": "https://bottega.example/badge.png", "type": "Image", "caption": "Il badge" }""");

        var nquads = Canonical(credential);

        Assert.Contains($"<https://bottega.example/achievements/sicurezza> <{Ob}image> <https://bottega.example/badge.png> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains("<https://bottega.example/badge.png> <https://schema.org/caption> \"Il badge\" .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"<{Ob}awardedDate> \"2026-02-01T09:00:00Z\"^^<xsd:dateTime> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"<{Ob}hashed> \"false\"^^<https://www.w3.org/2001/XMLSchema#boolean> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"<{Ob}identityHash> \"mario.rossi@example.org\" .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"<{Ob}status> \"Completed\" .\n", nquads, StringComparison.Ordinal);
        Assert.Contains("<https://schema.org/value> \"28/30\" .\n", nquads, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_type_that_no_bundled_context_defines_is_refused_rather_than_dropped()
    {
        var credential = OpenBadgeSamples.Credential();
        credential["credentialSchema"] = JsonNode.Parse("""
            [{ "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json", "type": "1EdTechJsonSchemaValidator2019" }]
            """);

        var error = Assert.Throws<JsonLdException>(() => JsonLdToRdf.ToDataset(credential));

        Assert.Contains("1EdTechJsonSchemaValidator2019", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proof_given_as_an_explicit_graph_object_is_not_wrapped_twice()
    {
        var plain = (JsonObject)JsonNode.Parse("""
            { "@context": { "proof": { "@id": "urn:v#proof", "@container": "@graph" }, "@vocab": "urn:v#" },
              "@id": "urn:s", "proof": { "nonce": "1" } }
            """)!;
        var explicitGraph = (JsonObject)JsonNode.Parse("""
            { "@context": { "proof": { "@id": "urn:v#proof", "@container": "@graph" }, "@vocab": "urn:v#" },
              "@id": "urn:s", "proof": { "@graph": { "nonce": "1" } } }
            """)!;

        Assert.Equal(Canonical(plain), Canonical(explicitGraph));
    }

    [Fact]
    public void A_null_language_is_ignored_and_tags_are_lower_cased()
    {
        var document = (JsonObject)JsonNode.Parse("""
            { "@context": { "@vocab": "urn:v#" }, "@id": "urn:s",
              "a": { "@value": "x", "@language": null }, "b": { "@value": "y", "@language": "it-IT" } }
            """)!;

        Assert.Equal("<urn:s> <urn:v#a> \"x\" .\n<urn:s> <urn:v#b> \"y\"@it-it .\n", Canonical(document));
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-1.5e300, "-1.5e+300")]
    [InlineData(4.5, "4.5")]
    public void Numbers_in_JSON_literals_follow_ECMAScript(double value, string expected)
    {
        Assert.Equal(expected, JsonCanonicalizer.Number(value));
    }
}
