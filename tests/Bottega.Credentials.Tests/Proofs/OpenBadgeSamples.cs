using System.Text.Json.Nodes;

namespace Bottega.Credentials.Tests.Proofs;

internal static class OpenBadgeSamples
{
    /// <summary>An Open Badges 3.0 credential shaped like the specification's examples.</summary>
    public static JsonObject Credential(string issuerId = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2") => (JsonObject)JsonNode.Parse($$"""
        {
          "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
          ],
          "id": "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
          "type": ["VerifiableCredential", "OpenBadgeCredential"],
          "issuer": {
            "id": "{{issuerId}}",
            "type": ["Profile"],
            "name": "Bottega Academy",
            "url": "https://bottega.example/"
          },
          "validFrom": "2026-01-01T00:00:00Z",
          "name": "Sicurezza sul lavoro",
          "credentialSubject": {
            "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
            "type": ["AchievementSubject"],
            "achievement": {
              "id": "https://bottega.example/achievements/sicurezza",
              "type": ["Achievement"],
              "name": "Sicurezza sul lavoro",
              "description": "Corso base di sicurezza.",
              "criteria": { "narrative": "Superare il quiz finale." },
              "creditsAvailable": 3.5,
              "tag": ["sicurezza", "lavoro"]
            }
          }
        }
        """)!;
}
