using System.Text.Json.Nodes;
using Bottega.Credentials.Features.Keys;

namespace Bottega.Credentials.Features.Formats;

/// <summary>The eddsa-rdfc-2022 Data Integrity proof of a credential (adapter over the Proofs layer).</summary>
internal static class DataIntegrity
{
    public static JsonObject AddProof(JsonObject unsigned, SigningKey key, DateTime created)
    {
        // Replaced by the Proofs layer when it lands; until then the credential is returned without an embedded proof.
        _ = key;
        _ = created;
        return (JsonObject)unsigned.DeepClone();
    }

    /// <summary>Null when the proof verifies with the key; otherwise why not, in Italian.</summary>
    public static string? Verify(JsonObject secured, byte[] publicKey)
    {
        _ = secured;
        _ = publicKey;
        return "Verifica della prova Data Integrity non ancora disponibile.";
    }
}
