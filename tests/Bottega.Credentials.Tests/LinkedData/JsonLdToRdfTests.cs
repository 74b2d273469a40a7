using System.Text.Json.Nodes;
using Bottega.Credentials.LinkedData;
using Bottega.Credentials.Tests.Proofs;
using Xunit;

namespace Bottega.Credentials.Tests.LinkedData;

public sealed class JsonLdToRdfTests
{
    private const string Ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#";
    private const string Cred = "https://www.w3.org/2018/credentials#";
    private const string RdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";

    private static string Canonical(JsonObject document) => Rdfc10.Canonicalize(JsonLdToRdf.ToDataset(document));

    private static JsonObject Parse(string json) => (JsonObject)JsonNode.Parse(json)!;

    [Fact]
    public void An_Open_Badges_credential_becomes_the_expected_quads()
    {
        var nquads = Canonical(OpenBadgeSamples.Credential());

        var vc = "<urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002>";
        var achievement = "<https://bottega.example/achievements/sicurezza>";
        Assert.Contains($"{vc} {RdfType} <{Cred}VerifiableCredential> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"{vc} {RdfType} <{Ob}OpenBadgeCredential> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"{vc} <{Cred}validFrom> \"2026-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"{vc} <{Cred}issuer> <did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"<did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2> <https://schema.org/url> \"https://bottega.example/\"^^<https://www.w3.org/2001/XMLSchema#anyURI> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"{vc} <https://schema.org/name> \"Sicurezza sul lavoro\" .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"<did:example:ebfeb1f712ebc6f1c276e12ec21> <{Ob}achievement> {achievement} .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"{achievement} <{Ob}creditsAvailable> \"3.5E0\"^^<https://www.w3.org/2001/XMLSchema#float> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"{achievement} <https://schema.org/keywords> \"lavoro\" .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"{achievement} <{Ob}Criteria> _:c14n0 .\n", nquads, StringComparison.Ordinal);
        Assert.Contains($"_:c14n0 <{Ob}narrative> \"Superare il quiz finale.\" .\n", nquads, StringComparison.Ordinal);
        Assert.Equal(19, nquads.Count(c => c == '\n'));
    }

    [Fact]
    public void AchievementCredential_is_an_alias_of_OpenBadgeCredential()
    {
        var credential = OpenBadgeSamples.Credential();
        credential["type"] = new JsonArray("VerifiableCredential", "AchievementCredential");

        Assert.Equal(Canonical(OpenBadgeSamples.Credential()), Canonical(credential));
    }

    [Fact]
    public void The_proof_goes_into_its_own_named_graph()
    {
        var document = Parse("""
            {
              "@context": ["https://www.w3.org/ns/credentials/v2"],
              "id": "urn:vc:1",
              "type": "VerifiableCredential",
              "proof": {
                "type": "DataIntegrityProof",
                "cryptosuite": "eddsa-rdfc-2022",
                "proofPurpose": "assertionMethod",
                "verificationMethod": "did:key:z6Mk#z6Mk",
                "proofValue": "z123"
              }
            }
            """);

        var expected =
            "<urn:vc:1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .\n" +
            "<urn:vc:1> <https://w3id.org/security#proof> _:c14n1 .\n" +
            "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> _:c14n1 .\n" +
            "_:c14n0 <https://w3id.org/security#cryptosuite> \"eddsa-rdfc-2022\"^^<https://w3id.org/security#cryptosuiteString> _:c14n1 .\n" +
            "_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> _:c14n1 .\n" +
            "_:c14n0 <https://w3id.org/security#proofValue> \"z123\"^^<https://w3id.org/security#multibase> _:c14n1 .\n" +
            "_:c14n0 <https://w3id.org/security#verificationMethod> <did:key:z6Mk#z6Mk> _:c14n1 .\n";
        Assert.Equal(expected, Canonical(document));
    }

    [Fact]
    public void Numbers_and_booleans_get_their_XSD_datatypes_and_canonical_forms()
    {
        var document = Parse("""
            {
              "@context": { "@vocab": "urn:v#" },
              "@id": "urn:s",
              "i": 5, "big": 1e21, "d": 1.25, "neg": -0.000005, "t": true, "f": false, "s": "x"
            }
            """);

        var nquads = Canonical(document);

        Assert.Contains("<urn:s> <urn:v#i> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains("<urn:s> <urn:v#big> \"1.0E21\"^^<http://www.w3.org/2001/XMLSchema#double> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains("<urn:s> <urn:v#d> \"1.25E0\"^^<http://www.w3.org/2001/XMLSchema#double> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains("<urn:s> <urn:v#neg> \"-5.0E-6\"^^<http://www.w3.org/2001/XMLSchema#double> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains("<urn:s> <urn:v#t> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains("<urn:s> <urn:v#f> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n", nquads, StringComparison.Ordinal);
        Assert.Contains("<urn:s> <urn:v#s> \"x\" .\n", nquads, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_literals_are_written_in_JCS_canonical_form()
    {
        var document = Parse("""
            {
              "@context": { "data": { "@id": "urn:v#data", "@type": "@json" } },
              "@id": "urn:s",
              "data": { "b": [1.0, 2.5, "é\n"], "a": null, "c": 1e30 }
            }
            """);

        Assert.Equal(
            "<urn:s> <urn:v#data> \"{\\\"a\\\":null,\\\"b\\\":[1,2.5,\\\"é\\\\n\\\"],\\\"c\\\":1e+30}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> .\n",
            Canonical(document));
    }

    [Fact]
    public void List_containers_become_rdf_lists_and_language_maps_language_strings()
    {
        var document = Parse("""
            {
              "@context": {
                "items": { "@id": "urn:v#items", "@container": "@list" },
                "label": { "@id": "urn:v#label", "@container": "@language" }
              },
              "@id": "urn:s",
              "items": ["a", "b"],
              "label": { "it": "Ciao", "EN": "Hello" }
            }
            """);

        var expected =
            "<urn:s> <urn:v#items> _:c14n1 .\n" +
            "<urn:s> <urn:v#label> \"Ciao\"@it .\n" +
            "<urn:s> <urn:v#label> \"Hello\"@en .\n" +
            "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"b\" .\n" +
            "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n" +
            "_:c14n1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"a\" .\n" +
            "_:c14n1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:c14n0 .\n";
        Assert.Equal(expected, Canonical(document));
    }

    [Fact]
    public void Compact_IRIs_base_and_vocab_expand()
    {
        var document = Parse("""
            {
              "@context": { "@base": "https://example.org/base/", "@vocab": "urn:v#", "ex": "https://example.org/ns#" },
              "@id": "item/1",
              "@type": "ex:Thing",
              "ex:size": { "@id": "../sizes/big" }
            }
            """);

        var expected =
            "<https://example.org/base/item/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/ns#Thing> .\n" +
            "<https://example.org/base/item/1> <https://example.org/ns#size> <https://example.org/sizes/big> .\n";
        Assert.Equal(expected, Canonical(document));
    }

    [Fact]
    public void Type_scoped_terms_do_not_leak_into_nested_objects()
    {
        // "issuer" is defined only inside the VerifiableCredential type-scoped context, which does not propagate.
        var document = Parse("""
            {
              "@context": ["https://www.w3.org/ns/credentials/v2", { "note": "urn:v#note" }],
              "type": "VerifiableCredential",
              "credentialSubject": { "issuer": "did:example:1" }
            }
            """);

        var error = Assert.Throws<JsonLdException>(() => JsonLdToRdf.ToDataset(document));

        Assert.Contains("issuer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_context_url_is_refused_with_a_clear_error()
    {
        var document = Parse("""{ "@context": "https://example.org/unknown", "@id": "urn:s" }""");

        var error = Assert.Throws<JsonLdException>(() => JsonLdToRdf.ToDataset(document));

        Assert.Equal("Contesto non riconosciuto: https://example.org/unknown", error.Message);
    }

    [Fact]
    public void Redefining_a_protected_term_differently_is_an_error_but_identically_is_allowed()
    {
        var different = Parse("""
            { "@context": ["https://www.w3.org/ns/credentials/v2", { "name": "urn:other#name" }], "@id": "urn:s", "name": "x" }
            """);
        var same = Parse("""
            { "@context": ["https://www.w3.org/ns/credentials/v2", { "name": { "@id": "https://schema.org/name" } }], "@id": "urn:s", "name": "x" }
            """);

        var error = Assert.Throws<JsonLdException>(() => JsonLdToRdf.ToDataset(different));
        Assert.Equal("protected term redefinition", error.Code);
        Assert.Single(JsonLdToRdf.ToDataset(same).Quads);
    }

    [Theory]
    [InlineData("""{ "@context": { "@vocab": "urn:v#" }, "@id": "urn:s", "p": { "@value": "x", "@direction": "rtl" } }""")]
    [InlineData("""{ "@context": { "p": { "@reverse": "urn:v#p" } }, "@id": "urn:s", "p": { "@id": "urn:o" } }""")]
    [InlineData("""{ "@context": { "@import": "https://www.w3.org/ns/credentials/v2" }, "@id": "urn:s" }""")]
    [InlineData("""{ "@context": { "p": { "@id": "urn:v#p", "@container": "@index" } }, "@id": "urn:s", "p": { "a": "x" } }""")]
    [InlineData("""{ "@context": { "@vocab": "urn:v#" }, "@id": "urn:s", "@included": [] }""")]
    public void Unsupported_features_raise_an_error_instead_of_producing_wrong_quads(string json)
    {
        Assert.Throws<JsonLdException>(() => JsonLdToRdf.ToDataset(Parse(json)));
    }

    [Fact]
    public void Relative_IRIs_without_a_base_are_refused()
    {
        var document = Parse("""{ "@context": { "@vocab": "urn:v#" }, "@id": "relative/thing", "p": "x" }""");

        Assert.Throws<JsonLdException>(() => JsonLdToRdf.ToDataset(document));
    }

    [Fact]
    public void Deep_or_huge_documents_hit_the_limits()
    {
        var deep = new JsonObject { ["@context"] = new JsonObject { ["@vocab"] = "urn:v#" }, ["@id"] = "urn:s" };
        var current = deep;
        for (var i = 0; i < 100; i++)
        {
            var next = new JsonObject();
            current["p"] = next;
            current = next;
        }

        current["p"] = "end";
        var depthError = Assert.Throws<JsonLdException>(() => JsonLdToRdf.ToDataset(deep));
        Assert.Equal("limit exceeded", depthError.Code);

        var wide = new JsonObject { ["@context"] = new JsonObject { ["@vocab"] = "urn:v#" }, ["@id"] = "urn:s" };
        wide["p"] = new JsonArray(Enumerable.Range(0, 50).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        var sizeError = Assert.Throws<JsonLdException>(() => JsonLdToRdf.ToDataset(wide, limits: new JsonLdLimits(32, 20, 100, 8, 1000)));
        Assert.Equal("limit exceeded", sizeError.Code);
    }
}
