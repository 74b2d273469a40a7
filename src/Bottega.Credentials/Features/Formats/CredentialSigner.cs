using System.Text.Json.Nodes;
using Bottega.Credentials.Features.Keys;

namespace Bottega.Credentials.Features.Formats;

internal sealed record SignedCredential(string Json, string Jwt);

/// <summary>Secures an unsigned OpenBadgeCredential in the two formats Open Badges 3.0 allows: an embedded Data Integrity proof and a VC-JWT.</summary>
internal static class CredentialSigner
{
    public static SignedCredential Sign(JsonObject unsigned, SigningKey key, DateTime created)
    {
        var withProof = DataIntegrity.AddProof(unsigned, key, created);
        return new SignedCredential(withProof.ToJsonString(), VcJwt.Sign(unsigned, key));
    }
}
